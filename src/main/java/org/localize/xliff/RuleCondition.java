package org.localize.xliff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A necessary condition for a regular expression to match somewhere in a text, read from the
 * expression: the runs of fixed characters that every match must contain. Okapi's SRX segmenter
 * scans the whole text once per rule (about 200 for English, most of them abbreviations such as
 * {@code \b[Ii][Nn][Cc][Ll]\.} followed by a space), and a rule that matches nowhere sets no break
 * and no exception; so when a text lacks what a rule needs, the rule can be left out without
 * changing a single break, and its scan (a Unicode word-boundary test at every position) is saved.
 *
 * <p>What is read: literal characters, escaped ones, {@code \\uXXXX}, {@code \\s} (the White_Space
 * characters), simple bracket classes ({@code [Ii]}, {@code [a-z.]}), groups and alternations (a
 * group of fixed alternatives followed by {@code \.} needs one of "Jan.", "Feb."...), quantifiers
 * (an optional item: with it or without; one required once or more needs itself once).
 * Lookaround and anchors need nothing and keep their neighbours adjacent; a word boundary is
 * checked where the characters on both sides are certainly word characters or certainly not.
 * Everything else (a class escape such as {@code \p{Lu}}, a negated or nested class, {@code .})
 * needs nothing and separates the runs around it. An expression with inline flags
 * ({@code (?i)}), back-references, {@code \Q}, surrogates or syntax not understood here gets no
 * condition at all: its rule always runs. The condition only ever leaves requirements out, never
 * adds one, so it can be weaker than the expression but never stricter: a text it rejects holds
 * no match.
 */
final class RuleCondition {
  /**
   * What {@code \s} matches under {@code UNICODE_CHARACTER_CLASS} (Okapi's flag): the White_Space
   * characters, none of them beyond the BMP (RuleConditionTest compares it with the JDK's).
   */
  static final char[] WHITE_SPACE = ("\t\n\u000B\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
      + "\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000").toCharArray();

  /** Cross products of alternatives are cut beyond this many runs (a weaker, still necessary condition). */
  private static final int MAX_RUNS = 512;

  /** A condition on a text: all of some, one of some, or one of some runs of characters. */
  private sealed interface Cond permits All, Any, Runs {}

  private record All(List<Cond> parts) implements Cond {}

  private record Any(List<Cond> parts) implements Cond {}

  /** One of these runs occurs. */
  private record Runs(List<Run> runs) implements Cond {}

  /**
   * Characters in a row: one set of characters per offset; bit k of {@code boundaries} says that
   * a word boundary {@code \b} stands before offset k (checked where it can be told cheaply).
   */
  record Run(char[][] atoms, long boundaries) {
    static final Run EMPTY = new Run(new char[0][], 0);
    static final Run BOUNDARY = new Run(new char[0][], 1);

    Run then(Run next) {
      char[][] a = Arrays.copyOf(atoms, atoms.length + next.atoms.length);
      System.arraycopy(next.atoms, 0, a, atoms.length, next.atoms.length);
      long b = boundaries | (atoms.length < 64 ? next.boundaries << atoms.length : 0); // beyond 64: not checked
      return new Run(a, b);
    }
  }

  /**
   * What a part of the expression needs: {@code cond} (null: nothing), and, when every match of
   * the part is exactly one of a known list of runs, {@code exact} (else null).
   */
  private record Part(Cond cond, List<Run> exact) {
    static final Part NOTHING = new Part(null, null);
    static final Part EMPTY = new Part(null, List.of(Run.EMPTY));
    static final Part BOUNDARY = new Part(null, List.of(Run.BOUNDARY));
  }

  /** Syntax this reader does not follow: the expression gets no condition. */
  private static final class Unknown extends RuntimeException {
    Unknown() {
      super(null, null, false, false);
    }
  }

  private final Cond cond;

  private RuleCondition(Cond cond) {
    this.cond = cond;
  }

  /** The condition of a Java regular expression; null when nothing is known (it may match anything). */
  static RuleCondition of(String regex) {
    try {
      Parser p = new Parser(regex);
      Part part = p.alternation();
      if (p.i != regex.length()) {
        return null; // an unbalanced ')': not read
      }
      Cond c = condOf(part);
      return c == null ? null : new RuleCondition(c);
    } catch (Unknown e) {
      return null;
    }
  }

  /** Whether the text may hold a match; false only when it certainly holds none. */
  boolean mayMatch(TextIndex text) {
    return holds(cond, text);
  }

  private static boolean holds(Cond c, TextIndex text) {
    if (c instanceof All all) {
      for (Cond p : all.parts()) {
        if (!holds(p, text)) {
          return false;
        }
      }
      return true;
    }
    if (c instanceof Any any) {
      for (Cond p : any.parts()) {
        if (holds(p, text)) {
          return true;
        }
      }
      return false;
    }
    for (Run run : ((Runs) c).runs()) {
      if (text.contains(run)) {
        return true;
      }
    }
    return false;
  }

  /** The condition a part stands for (its runs when exact); null for none. */
  private static Cond condOf(Part part) {
    if (part.exact() != null) {
      for (Run run : part.exact()) {
        if (run.atoms().length == 0) {
          return null; // it may match the empty string
        }
      }
      return new Runs(part.exact());
    }
    return part.cond();
  }

  /** A recursive-descent reader of the subset of Java's regular expression syntax described above. */
  private static final class Parser {
    private final String s;
    int i;

    Parser(String s) {
      this.s = s;
      for (int k = 0; k < s.length(); k++) {
        if (Character.isSurrogate(s.charAt(k))) {
          throw new Unknown();
        }
      }
    }

    /** Branches separated by '|', up to a ')' or the end. */
    Part alternation() {
      List<Part> branches = new ArrayList<>();
      branches.add(sequence());
      while (i < s.length() && s.charAt(i) == '|') {
        i++;
        branches.add(sequence());
      }
      if (branches.size() == 1) {
        return branches.get(0);
      }
      List<Run> exact = new ArrayList<>();
      List<Cond> any = new ArrayList<>();
      for (Part b : branches) {
        if (exact != null && b.exact() != null && exact.size() + b.exact().size() <= MAX_RUNS) {
          exact.addAll(b.exact());
        } else {
          exact = null;
        }
        Cond c = condOf(b);
        if (c == null) {
          any = null; // a branch that needs nothing: so does the alternation
        } else if (any != null) {
          any.add(c);
        }
      }
      if (exact != null) {
        return new Part(null, exact);
      }
      return any == null ? Part.NOTHING : new Part(new Any(any), null);
    }

    /** Items one after the other, up to a '|', a ')' or the end. */
    Part sequence() {
      List<Cond> all = new ArrayList<>();
      List<Run> run = List.of(Run.EMPTY); // the fixed runs the items read so far end with
      boolean exact = true; // every match is one of the runs in run, whole
      while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
        Part item = item();
        int[] q = quantifier();
        boolean loose = false; // what follows the item need not come right after its first copy
        if (q != null) {
          if (q[0] == 0 && q[1] == 1 && item.exact() != null && item.exact().size() < MAX_RUNS) {
            List<Run> maybe = new ArrayList<>(item.exact()); // once or not at all: its runs, or none
            maybe.add(Run.EMPTY);
            item = new Part(null, maybe);
          } else if (q[0] == 0) {
            item = Part.NOTHING; // may be absent
          } else if (q[0] != 1 || q[1] != 1) {
            loose = true; // once, then more (or a count): the first copy follows what precedes
          }
        }
        if (item.exact() != null) {
          List<Run> joined = cross(run, item.exact());
          if (joined == null) { // too many: what came before is needed apart
            flush(run, all);
            run = item.exact();
            exact = false;
          } else {
            run = joined;
          }
          if (loose) {
            flush(run, all);
            run = List.of(Run.EMPTY);
            exact = false;
          }
        } else {
          flush(run, all);
          run = List.of(Run.EMPTY);
          exact = false;
          if (item.cond() != null) {
            all.add(item.cond());
          }
        }
      }
      if (exact) {
        return new Part(null, run);
      }
      flush(run, all);
      return all.isEmpty() ? Part.NOTHING : new Part(all.size() == 1 ? all.get(0) : new All(all), null);
    }

    /** Every run of {@code a} followed by every run of {@code b}; null when there would be too many. */
    private static List<Run> cross(List<Run> a, List<Run> b) {
      if ((long) a.size() * b.size() > MAX_RUNS) {
        return null;
      }
      List<Run> out = new ArrayList<>(a.size() * b.size());
      for (Run x : a) {
        for (Run y : b) {
          out.add(x.then(y));
        }
      }
      return out;
    }

    private static void flush(List<Run> run, List<Cond> all) {
      for (Run r : run) {
        if (r.atoms().length == 0) {
          return; // one of them may be empty: nothing needed
        }
      }
      all.add(new Runs(run));
    }

    /** {min, max} of a quantifier at the reading position (max -1: unbounded), or null. */
    private int[] quantifier() {
      if (i >= s.length()) {
        return null;
      }
      char c = s.charAt(i);
      int[] q;
      if (c == '?') {
        q = new int[] {0, 1};
        i++;
      } else if (c == '*') {
        q = new int[] {0, -1};
        i++;
      } else if (c == '+') {
        q = new int[] {1, -1};
        i++;
      } else if (c == '{') {
        int close = s.indexOf('}', i);
        if (close < 0) {
          throw new Unknown();
        }
        String body = s.substring(i + 1, close);
        if (!body.matches("[0-9]{1,6}(,[0-9]{0,6})?")) {
          throw new Unknown();
        }
        int comma = body.indexOf(',');
        int min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
        int max = comma < 0 ? min : comma == body.length() - 1 ? -1 : Integer.parseInt(body.substring(comma + 1));
        q = new int[] {min, max};
        i = close + 1;
      } else {
        return null;
      }
      if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
        i++; // lazy or possessive: the same characters may match
      }
      return q;
    }

    /** One item: a group, a class, an escape, '.', an anchor or a literal. */
    private Part item() {
      char c = s.charAt(i);
      switch (c) {
        case '(' -> {
          return group();
        }
        case '[' -> {
          return bracket();
        }
        case '\\' -> {
          return escape();
        }
        case '.' -> {
          i++;
          return Part.NOTHING;
        }
        case '^', '$' -> {
          i++;
          return Part.EMPTY; // zero-width
        }
        case '*', '+', '?', '{' -> throw new Unknown(); // a quantifier with nothing before it
        default -> {
          i++;
          return literal(c);
        }
      }
    }

    private static Part literal(char c) {
      return new Part(null, List.of(new Run(new char[][] {{c}}, 0)));
    }

    private Part group() {
      i++; // '('
      boolean zeroWidth = false;
      if (s.startsWith("?", i)) {
        if (s.startsWith("?:", i) || s.startsWith("?>", i)) {
          i += 2;
        } else if (s.startsWith("?=", i) || s.startsWith("?!", i)) {
          i += 2;
          zeroWidth = true;
        } else if (s.startsWith("?<=", i) || s.startsWith("?<!", i)) {
          i += 3;
          zeroWidth = true;
        } else if (s.startsWith("?<", i)) { // a named group
          int close = s.indexOf('>', i);
          if (close < 0) {
            throw new Unknown();
          }
          i = close + 1;
        } else {
          throw new Unknown(); // inline flags change what literals mean
        }
      }
      Part inner = alternation();
      if (i >= s.length() || s.charAt(i) != ')') {
        throw new Unknown();
      }
      i++;
      return zeroWidth ? Part.EMPTY : inner;
    }

    private Part escape() {
      char e = escaped();
      if (!Character.isLetterOrDigit(e)) {
        return literal(e);
      }
      switch (e) {
        case 'b' -> {
          if (i < s.length() && s.charAt(i) == '{') {
            throw new Unknown(); // \b{g}
          }
          return Part.BOUNDARY;
        }
        case 'B', 'A', 'z', 'Z', 'G' -> {
          return Part.EMPTY;
        }
        case 't' -> {
          return literal('\t');
        }
        case 'n' -> {
          return literal('\n');
        }
        case 'r' -> {
          return literal('\r');
        }
        case 'f' -> {
          return literal('\f');
        }
        case 'u' -> {
          return literal(hex(4));
        }
        case 's' -> {
          return new Part(null, List.of(new Run(new char[][] {WHITE_SPACE}, 0)));
        }
        case 'S', 'w', 'W', 'd', 'D', 'h', 'H', 'v', 'V', 'R', 'X' -> {
          return Part.NOTHING;
        }
        case 'p', 'P' -> {
          skipProperty();
          return Part.NOTHING;
        }
        default -> throw new Unknown(); // back-references, \Q, \x, \c, octal...
      }
    }

    /** The character after the backslash at {@code i}, both passed; an escape beyond ASCII is not read. */
    private char escaped() {
      if (i + 1 >= s.length()) {
        throw new Unknown();
      }
      char e = s.charAt(i + 1);
      i += 2;
      if (e >= 128) {
        throw new Unknown();
      }
      return e;
    }

    private char hex(int digits) {
      if (i + digits > s.length()) {
        throw new Unknown();
      }
      String h = s.substring(i, i + digits);
      if (!h.matches("[0-9A-Fa-f]+")) {
        throw new Unknown();
      }
      i += digits;
      char c = (char) Integer.parseInt(h, 16);
      if (Character.isSurrogate(c)) {
        throw new Unknown();
      }
      return c;
    }

    /** After {@code \p} or {@code \P}: a one-letter name or a braced one. */
    private void skipProperty() {
      if (i >= s.length()) {
        throw new Unknown();
      }
      if (s.charAt(i) == '{') {
        int close = s.indexOf('}', i);
        if (close < 0) {
          throw new Unknown();
        }
        i = close + 1;
      } else {
        i++;
      }
    }

    /**
     * A bracket class: its characters when it is simple (literals, escaped punctuation,
     * {@code \\uXXXX}, ranges), else nothing needed; a class not understood here stops the reading.
     */
    private Part bracket() {
      int start = i;
      i++; // '['
      StringBuilder chars = new StringBuilder();
      boolean simple = true;
      if (i < s.length() && s.charAt(i) == '^') {
        simple = false;
        i++;
      }
      if (i < s.length() && s.charAt(i) == ']') {
        throw new Unknown(); // "[]...": read differently by different engines
      }
      int depth = 1;
      while (true) {
        if (i >= s.length()) {
          throw new Unknown();
        }
        char c = s.charAt(i);
        if (c == ']') {
          i++;
          if (--depth == 0) {
            break;
          }
          continue;
        }
        if (c == '[') {
          depth++;
          simple = false;
          i++;
          continue;
        }
        if (c == '&' && i + 1 < s.length() && s.charAt(i + 1) == '&') {
          simple = false;
          i += 2;
          continue;
        }
        char from;
        if (c == '\\') {
          char e = escaped();
          if (!Character.isLetterOrDigit(e)) {
            from = e;
          } else if (e == 'u') {
            from = hex(4);
          } else if (e == 't' || e == 'n' || e == 'r' || e == 'f') {
            from = e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : '\f';
          } else if (e == 'p' || e == 'P') {
            skipProperty();
            simple = false;
            continue;
          } else if (e == 's') {
            if (simple) {
              chars.append(WHITE_SPACE);
            }
            continue;
          } else if ("SwWdDhHvV".indexOf(e) >= 0) {
            simple = false;
            continue;
          } else {
            throw new Unknown(); // \Q, \x, octal...
          }
        } else {
          from = c;
          i++;
        }
        // a range "from-to", unless the '-' is the class's last character
        if (i + 1 < s.length() && s.charAt(i) == '-' && s.charAt(i + 1) != ']' && s.charAt(i + 1) != '[') {
          i++;
          char to;
          char t = s.charAt(i);
          if (t == '\\') {
            char e = escaped();
            if (e == 'u') {
              to = hex(4);
            } else if (!Character.isLetterOrDigit(e)) {
              to = e;
            } else {
              throw new Unknown();
            }
          } else {
            to = t;
            i++;
          }
          if (to < from) {
            throw new Unknown();
          }
          if (to - from > 256) {
            simple = false;
          } else if (simple) {
            for (char x = from; x <= to; x++) {
              chars.append(x);
            }
          }
        } else if (simple) {
          chars.append(from);
        }
      }
      if (!simple || chars.length() == 0 || i - start > 2000) {
        return Part.NOTHING;
      }
      return new Part(null, List.of(new Run(new char[][] {chars.toString().toCharArray()}, 0)));
    }
  }

  /**
   * A text, indexed by character for {@link #contains}: the positions of each character, so that
   * a run is looked for only where its rarest character stands.
   */
  static final class TextIndex {
    private final String text;
    // each position k as (character << 32 | k), sorted: the positions of c are one run. A table of
    // all 65,536 characters cost 0.5 MB and a pass over it per text, more than a sentence's scan
    private final long[] keyed;
    // where the run of each character below 256 starts in keyed (the rules ask mostly for these)
    private final int[] low = new int[257];

    TextIndex(String text) {
      this.text = text;
      int n = text.length();
      keyed = new long[n];
      for (int k = 0; k < n; k++) {
        char c = text.charAt(k);
        keyed[k] = (long) c << 32 | k;
        if (c < 256) {
          low[c + 1]++;
        }
      }
      Arrays.sort(keyed);
      for (int c = 1; c < low.length; c++) {
        low[c] += low[c - 1];
      }
    }

    /** The index in {@link #keyed} of the first position of a character {@code c} or greater. */
    private int first(int c) {
      if (c <= 256) {
        return low[c];
      }
      long key = (long) c << 32;
      int lo = low[256];
      int hi = keyed.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (keyed[mid] < key) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private int count(char c) {
      return first(c + 1) - first(c);
    }

    /**
     * Whether some position holds, at each offset of the run, one of that offset's characters,
     * and no certain contradiction of its word boundaries.
     */
    boolean contains(Run run) {
      char[][] atoms = run.atoms();
      int n = text.length();
      if (atoms.length == 0) {
        return true;
      }
      if (atoms.length > n) {
        return false;
      }
      // the offset whose characters occur least often
      int best = 0;
      long bestCount = Long.MAX_VALUE;
      for (int k = 0; k < atoms.length; k++) {
        long total = 0;
        for (char c : atoms[k]) {
          total += count(c);
        }
        if (total < bestCount) {
          bestCount = total;
          best = k;
        }
      }
      if (bestCount == 0) {
        return false;
      }
      for (char c : atoms[best]) {
        for (int j = first(c), end = first(c + 1); j < end; j++) {
          int p = (int) keyed[j] - best;
          if (p >= 0 && p + atoms.length <= n && matchesAt(run, p)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean matchesAt(Run run, int p) {
      char[][] atoms = run.atoms();
      for (int k = 0; k < atoms.length; k++) {
        char t = text.charAt(p + k);
        boolean found = false;
        for (char c : atoms[k]) {
          if (c == t) {
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      }
      for (long b = run.boundaries(); b != 0; b &= b - 1) {
        if (!mayBeBoundary(p + Long.numberOfTrailingZeros(b))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether {@code \b} may hold at {@code q}: Java's test (a word character on one side only,
     * the text's ends counting as non-word), decided where both sides are certainly word
     * characters or certainly not ({@link #wordness}); elsewhere it may.
     */
    private boolean mayBeBoundary(int q) {
      int n = text.length();
      int before = q > 0 ? wordness(text.charAt(q - 1)) : NOT_WORD;
      int after = q < n ? wordness(text.charAt(q)) : NOT_WORD;
      return before == UNSURE || after == UNSURE || before != after;
    }
  }

  static final int WORD = 1;
  static final int NOT_WORD = 0;
  static final int UNSURE = -1;

  /**
   * Whether a character is certainly a word character for {@code \b} under
   * {@code UNICODE_CHARACTER_CLASS} (a letter or a decimal digit), certainly not (neither
   * alphabetic, nor a mark, a digit, a connector or a joiner: a combining mark counts as a word
   * character next to its base), or neither told (surrogates, other alphabetic characters).
   * RuleConditionTest checks both against the JDK's {@code \w} for every BMP character.
   */
  static int wordness(char c) {
    if (Character.isSurrogate(c)) {
      return UNSURE;
    }
    if (Character.isLetterOrDigit(c)) {
      return WORD;
    }
    if (Character.isAlphabetic(c) || c == '\u200C' || c == '\u200D') {
      return UNSURE;
    }
    return switch (Character.getType(c)) {
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER, Character.CONNECTOR_PUNCTUATION -> UNSURE;
      default -> NOT_WORD;
    };
  }
}
