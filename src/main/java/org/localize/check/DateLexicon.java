package org.localize.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The month and weekday words of one locale in a character trie, matched case-insensitively in a
 * folded text at a given position; immutable once built and shared by all threads.
 *
 * <p>Design note: a trie instead of a regular-expression alternation. A date vocabulary has
 * hundreds of spellings (format and stand-alone, wide and abbreviated, case forms, regional
 * variants); an alternation over them at every position was the cost of the old recogniser. Here a
 * position costs one bit-set test of its first character, and a walk of a few nodes when that
 * character starts a word. Keys are folded like {@link Text#fold} (so ’, ʼ and ' are one letter
 * in "п’ятницю") and lower-cased character by character, as the walk does.
 */
final class DateLexicon {

  /**
   * One reading of a word: a month (1–12) or a weekday (ICU 1 = Sunday … 7).
   *
   * @param kind which spelling of a month it is (null for weekdays)
   * @param abbreviation an abbreviated form ("Sept", "янв", "周一")
   * @param ambiguous also a common word (Czech "středu" is "centre"): it may confirm a date, never contradict one
   * @param leadIns words that must precede it where the locale needs one before a lone weekday (в среду)
   * @param list index of the form list it came from, to suggest the same form of another weekday (-1: none)
   * @param origin {@link DateVocabulary#CLDR}, {@link DateVocabulary#LEAD_IN} or {@link DateVocabulary#NO_LEAD_IN}
   */
  record Sym(boolean month, int value, DateVocabulary.MonthKind kind, boolean abbreviation, boolean ambiguous,
      Set<String> leadIns, int list, int origin) {

    boolean weekday() {
      return !month;
    }

    // equals and hashCode written out as the record's own would compute them (component by
    // component, h * 31 + hash): the generated ones are linked through invokedynamic on first use,
    // milliseconds of a cold run that builds a date lexicon
    @Override
    public boolean equals(Object o) {
      return o instanceof Sym s && month == s.month && value == s.value && kind == s.kind
          && abbreviation == s.abbreviation && ambiguous == s.ambiguous && java.util.Objects.equals(leadIns, s.leadIns)
          && list == s.list && origin == s.origin;
    }

    @Override
    public int hashCode() {
      int h = Boolean.hashCode(month);
      h = h * 31 + Integer.hashCode(value);
      h = h * 31 + java.util.Objects.hashCode(kind);
      h = h * 31 + Boolean.hashCode(abbreviation);
      h = h * 31 + Boolean.hashCode(ambiguous);
      h = h * 31 + java.util.Objects.hashCode(leadIns);
      h = h * 31 + Integer.hashCode(list);
      return h * 31 + Integer.hashCode(origin);
    }
  }

  /**
   * A word found at a position: its end (after an optional abbreviation period), its readings,
   * where a compound ends (Mittwochabend) or -1, and whether a stem matched it (an adjective such
   * as sobotní, which names a weekday but is no field of a date).
   */
  record Match(int start, int end, int wordEnd, List<Sym> syms, boolean capitalised, int compoundEnd, boolean stem) {

    Sym month() {
      Sym best = null;
      for (int i = 0, n = syms.size(); i < n; i++) { // by index: no iterator on the date's hot path
        Sym s = syms.get(i);
        if (s.month() && (best == null || s.kind().ordinal() < best.kind().ordinal())) {
          best = s; // HOUSE and FORMAT first: a spelling that is both format and stand-alone is format
        }
      }
      return best;
    }

    Sym weekday() {
      for (int i = 0, n = syms.size(); i < n; i++) {
        Sym s = syms.get(i);
        if (s.weekday()) {
          return s;
        }
      }
      return null;
    }
  }

  private static final class Node {
    private char[] keys = new char[0];
    private Node[] next = new Node[0];
    private List<Sym> syms;
    private boolean period; // an abbreviation that may take a full stop (Sept., янв.)
    private boolean stem; // a stem: any letters may follow (субботн*: субботний, субботнего)

    Node child(char c) {
      char[] k = keys;
      for (int i = 0; i < k.length; i++) {
        if (k[i] == c) {
          return next[i];
        }
      }
      return null;
    }

    Node add(char c) {
      Node n = child(c);
      if (n == null) {
        n = new Node();
        keys = java.util.Arrays.copyOf(keys, keys.length + 1);
        next = java.util.Arrays.copyOf(next, next.length + 1);
        keys[keys.length - 1] = c;
        next[next.length - 1] = n;
      }
      return n;
    }
  }

  private final Node root = new Node();
  private final BitSet first = new BitSet();
  /**
   * {@code first} for the characters as written (Ж and ж), as a plain array of 2^16 bits set by
   * {@link #freeze}: one test, no case mapping, for every word mayStart is asked about.
   */
  private final long[] startBits = new long[1 << 10];
  private final boolean spaced;
  /** Keys below this (Latin, Greek, Cyrillic, their digits) find the root's child in {@link #rootNext}. */
  private static final int ROOT_KEYS = 0x500;
  /**
   * The root's children by key, for keys below {@link #ROOT_KEYS}, set by {@link #freeze}: the
   * first step of every walk and of the pre-test {@link #mayGoOn}, without a search of the root's
   * keys (dozens: every first letter of every spelling).
   */
  private final Node[] rootNext = new Node[ROOT_KEYS];
  /**
   * Bits by a hash of the keys of a word's first two characters, for every word of two or more:
   * where the first character's key ends no word and the first two characters' bit is clear, the
   * walk stops at the second character with nothing found (one bit test for the second step,
   * rather than a search of the first node's keys).
   */
  private final long[] pairs = new long[1 << 10];

  /** @param spaced whether words are separated by spaces, so that a word must begin and end at a non-letter */
  DateLexicon(boolean spaced) {
    this.spaced = spaced;
  }

  /**
   * Adds a spelling (as CLDR or the locale data writes it); a final full stop marks an
   * abbreviation's, a final {@code *} a stem that any letters may follow (adjectives: sobotní*).
   */
  void add(String form, Sym sym) {
    String f = Text.fold(form.strip());
    boolean stem = f.endsWith("*");
    if (stem) {
      f = f.substring(0, f.length() - 1);
    }
    boolean period = f.endsWith(".");
    if (period) {
      f = f.substring(0, f.length() - 1);
    }
    if (f.isEmpty()) {
      return;
    }
    Node n = root;
    for (int i = 0; i < f.length(); i++) {
      n = n.add(key(f.charAt(i)));
    }
    if (n.syms == null) {
      n.syms = new ArrayList<>(2);
    }
    if (!n.syms.contains(sym)) {
      n.syms.add(sym);
    }
    n.period |= period || sym.abbreviation();
    n.stem |= stem;
    first.set(key(f.charAt(0)));
  }

  /**
   * Freezes the lists (no abbreviation period on a spelling that is also a full word: May) and
   * notes every character, in any case or digit script, whose key starts a word.
   */
  void freeze() {
    freeze(root);
    for (int a = 0; a < root.keys.length; a++) {
      if (root.keys[a] < ROOT_KEYS) {
        rootNext[root.keys[a]] = root.next[a];
      }
      for (char b : root.next[a].keys) {
        int h = pair(root.keys[a], b);
        pairs[h >>> 6] |= 1L << (h & 63);
      }
    }
    for (int k = first.nextSetBit(0); k >= 0; k = first.nextSetBit(k + 1)) {
      char c = (char) k;
      for (char w : new char[] {c, Character.toUpperCase(c), Character.toTitleCase(c)}) {
        startBits[w >>> 6] |= 1L << w;
      }
    }
  }

  /** The characters that may start a word as written (both cases; ASCII digits): a copy. */
  BitSet starts() {
    return BitSet.valueOf(startBits);
  }

  private static void freeze(Node n) {
    if (n.syms != null) {
      boolean wide = n.syms.stream().anyMatch(s -> !s.abbreviation());
      if (wide) {
        n.period = false;
      }
      n.syms = List.copyOf(n.syms);
    }
    for (Node c : n.next) {
      freeze(c);
    }
  }

  /** The character as keys hold it: lower case, any decimal digit as its ASCII digit. */
  static char key(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c >= '\u0410' && c <= '\u044F') {
      return c <= '\u042F' ? (char) (c + 32) : c; // basic Russian letters: no digit, lower case without a table
    }
    if (Character.isDigit(c)) {
      return (char) ('0' + Character.digit(c, 10));
    }
    return Character.toLowerCase(c);
  }

  private static int pair(char a, char b) {
    return (a * 31 + b) & 0xFFFF;
  }

  /** The root's child for the key {@code k}: the first step of a walk. */
  private Node first(char k) {
    return k < ROOT_KEYS ? rootNext[k] : root.child(k);
  }

  /** {@link #first} (by the table) or the root's own search (bySearch): the same node, for tests. */
  Object firstStep(char k, boolean bySearch) {
    return bySearch ? root.child(k) : first(k);
  }

  /**
   * Whether the walk from {@code pos} may find a word: false when the first character's key starts
   * no word, or ends no word of one character and no word goes on with the second character's key
   * (its first two steps find nothing). After a digit the walk may skip a space ("7 月"), so a digit
   * is always let through.
   */
  private boolean mayGoOn(char[] s, int pos) {
    if (pos + 1 >= s.length) {
      return true;
    }
    char c = s[pos];
    if (Text.digit(c)) {
      return true;
    }
    char a = key(c);
    Node n = first(a);
    if (n == null) {
      return false;
    }
    int h = pair(a, key(s[pos + 1]));
    return n.syms != null || (pairs[h >>> 6] & (1L << (h & 63))) != 0;
  }

  /** Whether a word of the lexicon may start with {@code c}: one bit test, no walk. */
  boolean mayStart(char c) {
    return (startBits[c >>> 6] & (1L << c)) != 0 || (c >= Text.FIRST_OTHER_DIGIT && Character.isDigit(c) && first.get('0' + Character.digit(c, 10)));
  }

  /**
   * The longest word of the lexicon at {@code pos} that ends where a word ends (or, for a weekday,
   * where one of {@code compounds} ends: Mittwochabend), or null. This entry copies {@code s} (tests);
   * the scans pass the text's chars.
   */
  Match match(String s, int pos, List<String> compounds) {
    return match(s, s.toCharArray(), pos, compounds);
  }

  /**
   * {@link #match(String, int, List)} of {@code text} whose chars are {@code s} (a text's {@link Text#foldedChars}):
   * the walk reads an array, where {@link String#charAt} also tests the string's coder each time.
   */
  Match match(String text, char[] s, int pos, List<String> compounds) {
    if (pos >= s.length || !mayStart(s[pos]) || !mayGoOn(s, pos)) {
      return null;
    }
    return walk(text, s, pos, compounds);
  }

  /** {@link #match} at a place whose first character the caller knows {@link #mayStart}. */
  Match matchStarted(String s, int pos, List<String> compounds) {
    return matchStarted(s, s.toCharArray(), pos, compounds);
  }

  /** {@link #matchStarted(String, int, List)} of {@code text} whose chars are {@code s}. */
  Match matchStarted(String text, char[] s, int pos, List<String> compounds) {
    return mayGoOn(s, pos) ? walk(text, s, pos, compounds) : null;
  }

  /** {@link #match} without the tests of the first characters: the walk itself (for tests too). */
  Match walk(String s, int pos, List<String> compounds) {
    return walk(s, s.toCharArray(), pos, compounds);
  }

  /** {@link #walk(String, int, List)} of {@code text} whose chars are {@code s}. */
  Match walk(String text, char[] s, int pos, List<String> compounds) {
    int len = s.length;
    if (pos >= len) {
      return null;
    }
    Node n = first(key(s[pos])); // the first step by the root's table
    int[] ends = null;
    Node[] nodes = null;
    int count = 0;
    for (int i = pos; i < len && n != null; i++) {
      if (i > pos) {
        char c = s[i];
        if (c == ' ' && Text.digit(s[i - 1]) && n.child(' ') == null && i + 1 < len
            && s[i + 1] != ' ' && n.child(key(s[i + 1])) != null) {
          continue; // "7 月" is written "7月" in CLDR
        }
        n = n.child(key(c));
      }
      if (n != null && n.syms != null) {
        if (ends == null) {
          ends = new int[4];
          nodes = new Node[4];
        } else if (count == ends.length) {
          ends = java.util.Arrays.copyOf(ends, count * 2);
          nodes = java.util.Arrays.copyOf(nodes, count * 2);
        }
        int end = i + 1;
        if (n.stem) {
          while (end < len && Character.isLetter(s[end])) {
            end++; // the ending of a stem's word
          }
        }
        ends[count] = end;
        nodes[count++] = n;
      }
    }
    if (count > 1) {
      // a stem's word may end after a longer exact spelling: try the candidates longest first
      for (int a = 1; a < count; a++) {
        for (int b = a; b > 0 && ends[b - 1] > ends[b]; b--) {
          int e = ends[b];
          ends[b] = ends[b - 1];
          ends[b - 1] = e;
          Node t = nodes[b];
          nodes[b] = nodes[b - 1];
          nodes[b - 1] = t;
        }
      }
    }
    for (int k = count - 1; k >= 0; k--) {
      int end = ends[k];
      Node node = nodes[k];
      boolean capitalised = Character.isUpperCase(s[pos]);
      char last = s[end - 1];
      if (end < len && Text.digit(last) && Text.digit(s[end])) {
        continue; // "1月" is not the end of "11月"... nor "10" the end of "100"
      }
      if (!spaced || end >= len || !Text.letter(s[end])) {
        int after = end;
        if (node.period && after < len && s[after] == '.') {
          after++;
        }
        return new Match(pos, after, end, node.syms, capitalised, -1, node.stem);
      }
      // a letter follows: a compound (Mittwochabend) where the locale makes them, for weekdays
      if (!compounds.isEmpty() && node.syms.stream().anyMatch(Sym::weekday)) {
        for (String c : compounds) {
          int ce = end + c.length();
          if (Text.matchesAt(text, end, c) && (ce >= len || !Character.isLetter(s[ce]))) {
            List<Sym> weekdays = node.syms.stream().filter(Sym::weekday).toList();
            return new Match(pos, ce, end, weekdays, capitalised, ce, node.stem);
          }
        }
      }
    }
    return null;
  }
}
