package org.localize.check;

import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * A capitalised source word outside the glossary that the translation transliterated (Grigorov →
 * Григоров): an information note to add it to the glossary, so that its forms get checked. The
 * pairing uses ICU Latin keys of both words, allowing a case ending in the target; the note carries
 * ICU's own transliteration for the editor to compare. Never fails a build.
 */
public final class UnknownNameCheck implements Check {

  @Override
  public String id() {
    return "names.unknown";
  }

  @Override
  public String title() {
    return "A name is not in the glossary (with a transliteration to review)";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    int targetScript = story.targetTools().script();
    if (story.sourceTools().script() == targetScript) {
      return; // within one script names are copied, not transliterated; nothing to pair
    }
    List<Token[]> hits = null;
    List<Token> targetTokens = null;
    Candidates candidates = null; // made once per unit, and only if a source word needs them
    Keys paired = null; // each source key once, with its target token or -1
    NameTokens capitals = unit.sourceCapitals();
    for (int c = 0, n = capitals.size(); c < n; c++) {
      Token s = capitals.token(c);
      if (s.length() < 4 || capitals.covered(c) || capitals.sentenceStart(c)) {
        continue;
      }
      if (candidates == null) {
        // the target's candidates before the first source key: a translation with none (a credit left
        // in Latin, a caption of common words) pairs no source word, whose keys are then not made
        candidates = new Candidates(unit, story, targetScript);
        if (candidates.none()) {
          return;
        }
        targetTokens = unit.target().tokens();
        paired = new Keys();
      }
      String sourceKey = story.sourceTools().latinKey(s);
      if (sourceKey.length() < 4) {
        continue;
      }
      int k = paired.find(sourceKey);
      int i;
      if (k >= 0) {
        i = paired.value(k);
      } else {
        i = candidates.first(sourceKey);
        paired.add(sourceKey, i);
      }
      if (i >= 0) {
        if (hits == null) {
          hits = new java.util.ArrayList<>();
        }
        hits.add(new Token[] {s, targetTokens.get(i)});
      }
    }
    if (hits != null) {
      report(unit, story, merge(unit, hits), out);
    }
  }

  /**
   * Distinct strings with an int each, in the order added: a list read from the start while it is
   * short (a unit has a handful of names; the keys come from one memo, so equal keys are mostly the
   * same string), a hash map once it is long (40 KB of capitalised words).
   */
  private static final class Keys {
    private static final int LINEAR = 16;
    private String[] keys = new String[8];
    private int[] values = new int[8];
    private int size;
    private java.util.HashMap<String, Integer> byKey;

    /** The position of {@code key}, or -1. */
    int find(String key) {
      if (byKey != null) {
        Integer k = byKey.get(key);
        return k == null ? -1 : k;
      }
      for (int k = 0; k < size; k++) {
        if (keys[k] == key) {
          return k;
        }
      }
      for (int k = 0; k < size; k++) {
        if (keys[k].equals(key)) {
          return k;
        }
      }
      return -1;
    }

    int value(int k) {
      return values[k];
    }

    String key(int k) {
      return keys[k];
    }

    int size() {
      return size;
    }

    /** Adds a key not yet there. */
    void add(String key, int value) {
      if (size == keys.length) {
        keys = java.util.Arrays.copyOf(keys, size * 2);
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      values[size] = value;
      if (byKey != null) {
        byKey.put(key, size);
      } else if (size + 1 > LINEAR) {
        byKey = new java.util.HashMap<>();
        for (int k = 0; k <= size; k++) {
          byKey.put(keys[k], k);
        }
      }
      size++;
    }
  }

  /** Joins hits whose source words and target words both follow each other (Ivan Sidorov → Ивана Сидорова). */
  private static List<int[]> merge(Unit unit, List<Token[]> hits) {
    List<int[]> spans = new java.util.ArrayList<>(); // source start, source end, target start, target end
    for (Token[] h : hits) {
      int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && blank(unit.source(), last[1], h[0].start()) && blank(unit.target(), last[3], h[1].start())) {
        last[1] = h[0].end();
        last[3] = h[1].end();
      } else {
        spans.add(new int[] {h[0].start(), h[0].end(), h[1].start(), h[1].end()});
      }
    }
    return spans;
  }

  /**
   * Whether only spaces separate two words: no markup either, so that a finding never spans a tag
   * (the note quoted "Kristina</a> Kormilitsyna", and its suggestion transliterated the tag).
   */
  private static boolean blank(Text t, int from, int to) {
    if (from > to) {
      return false;
    }
    String folded = t.folded();
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(folded.charAt(i))) {
        return false; // (String.isBlank of the cut, without cutting: no white space is outside the BMP)
      }
    }
    return t.raw().regionMatches(from, t.masked(), from, to - from);
  }

  private static final String NOT_IN_GLOSSARY = ") is not in the names glossary; add it so that its spelling and forms are checked";

  private void report(Unit unit, Story story, List<int[]> spans, List<Finding> out) {
    for (int[] sp : spans) {
      String source = unit.pair().source().substring(sp[0], sp[1]);
      String written = unit.pair().target().substring(sp[2], sp[3]);
      String icu = story.icuName(source);
      // one concatenation: the note is most of what the checks report, and the compiler's concatenation
      // sizes and encodes the message once (a builder, even sized, was widened for the translation's
      // letters and copied again by toString)
      String message = icu != null && !icu.equals(written)
          ? source + " (" + written + NOT_IN_GLOSSARY + " (ICU transliterates it as " + icu + ')'
          : source + " (" + written + NOT_IN_GLOSSARY;
      out.add(unit.finding(this, Severity.INFO, sp[2], sp[3], message, icu));
    }
  }

  /**
   * The target's words that may be names (capitalised, in the target's script, not at the start of a
   * sentence, no glossary name), each distinct Latin key once with its first word, and what letters
   * each key has. A source word is compared only with keys its letters and length allow: every
   * source word with every target word cost the square of the unit's length (40 KB of capitalised
   * words took 9 s).
   */
  private static final class Candidates {
    private final Keys keys = new Keys(); // each key with its first word
    private long[] letters;
    private int[] lengths;

    Candidates(Unit unit, Story story, int targetScript) {
      NameTokens capitals = unit.targetCapitals();
      for (int c = 0, n = capitals.size(); c < n; c++) {
        Token t = capitals.token(c);
        if (t.script() == targetScript && !capitals.covered(c)
            && !capitals.sentenceStart(c)) { // a capital there says nothing about being a name
          String key = story.targetTools().latinKey(t);
          if (keys.find(key) < 0) {
            keys.add(key, capitals.index(c));
          }
        }
      }
      letters = new long[keys.size()];
      lengths = new int[keys.size()];
      for (int k = 0; k < letters.length; k++) {
        letters[k] = letters(keys.key(k));
        lengths[k] = keys.key(k).length();
      }
    }

    /** Whether no target word may be a name ({@link #first} answers -1 for every key). */
    boolean none() {
      return letters.length == 0;
    }

    /**
     * The index of the first target word whose key is {@link #close} to {@code sourceKey}, or -1.
     * The keys are in the order of their first words, so the first close key is the answer.
     */
    int first(String sourceKey) {
      int max = max(sourceKey);
      long own = 0;
      boolean lettersRead = false; // the source key's letters only once a key needs them
      int n = sourceKey.length();
      for (int k = 0; k < letters.length; k++) {
        int length = lengths[k];
        // a close key, cut by at most three letters, is no shorter than the source key less max
        // edits and no longer than it plus max plus three
        if (length < n - max || length > n + max + 3) {
          continue;
        }
        String key = keys.key(k);
        // the commonest pairing: the source key is the target's, perhaps with a case ending (at most
        // three letters): close without the walk of the edit table (and without the letters' test,
        // which a key starting with the source key passes: it has all its letters)
        if (length - n <= 3 && key.startsWith(sourceKey)) {
          return keys.value(k);
        }
        if (!lettersRead) {
          own = letters(sourceKey);
          lettersRead = true;
        }
        // each edit leaves out one letter at most
        if (Long.bitCount(own & ~letters[k]) <= max && close(sourceKey, key)) {
          return keys.value(k);
        }
      }
      return -1;
    }
  }

  /** The letters of a key as bits: a–z (either case) one bit each, any other character one of 32 bits by its low five bits (a shared bit only lets more keys through). */
  static long letters(String key) {
    long bits = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      bits |= c < 128 ? ASCII_LETTER_BITS[c] : letterBit(c);
    }
    return bits;
  }

  /** The bit of one character of a key (see {@link #letters}). */
  static long letterBit(char c) {
    return 1L << (c >= 'a' && c <= 'z' ? c - 'a' : c >= 'A' && c <= 'Z' ? c - 'A' : 63 - (c & 31));
  }

  /** {@link #letterBit} of each ASCII character, read from a table (keys are lower-case ASCII, mostly). */
  private static final long[] ASCII_LETTER_BITS = new long[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_LETTER_BITS[c] = letterBit(c);
    }
  }

  private static int max(String source) {
    return source.length() >= 8 ? 2 : 1;
  }

  /**
   * Keys match when they differ by at most one edit (two for long names), allowing up to three
   * letters of case ending: the target cut by 0–3 letters (never to nothing). One edit-distance
   * table answers every cut at once, its last row holding the distance to each prefix of the target.
   */
  static boolean close(String source, String target) {
    int max = max(source);
    return Edits.nearPrefix(source, target, max, Math.max(1, target.length() - 3));
  }
}
