package org.localize.check;

/**
 * Edit distance for comparing spellings of names.
 *
 * <p>Words of up to 64 characters are compared by Myers' bit-parallel algorithm in Hyyrö's form for
 * the whole of both strings: one column of the distance table is a pair of 64-bit words, so a
 * comparison allocates nothing and costs a few operations per character of the second word (the
 * names checks compare thousands of word pairs a story). Longer words take the table itself.
 */
final class Edits {

  private Edits() {}

  /** Levenshtein distance, or {@code max + 1} when it is more than {@code max}. */
  static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int m = a.length();
    if (m == 0) {
      return Math.min(b.length(), max + 1);
    }
    if (m > 64) {
      int[] row = toPrefixes(a, b, max);
      return row == null ? max + 1 : Math.min(row[b.length()], max + 1);
    }
    return walk(a, b, max, b.length());
  }

  /**
   * Whether the distance from {@code a} to some prefix of {@code b} of {@code from} characters or
   * more (up to the whole of {@code b}) is at most {@code max}: a name compared with a word whose
   * case ending may be cut by a few letters. The answer of {@link #toPrefixes}, without the table.
   */
  static boolean nearPrefix(String a, String b, int max, int from) {
    int m = a.length();
    int n = b.length();
    if (m == 0 || m > 64) {
      int[] row = toPrefixes(a, b, max);
      if (row == null) {
        return false;
      }
      for (int j = Math.max(0, from); j <= n; j++) {
        if (row[j] <= max) {
          return true;
        }
      }
      return false;
    }
    if (from <= 0 && m <= max) {
      return true; // the empty prefix
    }
    return from <= n && walk(a, b, max, from) <= max;
  }

  /**
   * Myers' bit-parallel walk along {@code b} against {@code a} (1 to 64 characters), one column of
   * the table a character: the distance from {@code a} to the first prefix of {@code b} of {@code
   * from} characters or more that is at most {@code max}, else {@code max + 1} (with {@code from}
   * the length of {@code b}: the distance to the whole of it).
   */
  private static int walk(String a, String b, int max, int from) {
    int m = a.length();
    int n = b.length();
    long high = 1L << (m - 1);
    long pv = -1L;
    long mv = 0;
    int score = m;
    for (int j = 0; j < n; j++) {
      long eq = eq(a, b.charAt(j));
      long xv = eq | mv;
      long xh = (((eq & pv) + pv) ^ pv) | eq;
      long ph = mv | ~(xh | pv);
      long mh = pv & xh;
      if ((ph & high) != 0) {
        score++;
      } else if ((mh & high) != 0) {
        score--;
      }
      // score: the distance from a to b[0, j + 1)
      if (j + 1 >= from && score <= max) {
        return score;
      }
      if (score - (n - j - 1) > max) {
        return max + 1; // each later character lowers the distance by one at most
      }
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return Math.min(score, max + 1);
  }

  /** The positions of {@code c} in {@code a} (at most 64 characters) as bits. */
  private static long eq(String a, char c) {
    long bits = 0;
    for (int i = 0, m = a.length(); i < m; i++) {
      if (a.charAt(i) == c) {
        bits |= 1L << i;
      }
    }
    return bits;
  }

  /**
   * The Levenshtein distance from {@code a} to each prefix of {@code b}, by the prefix's length (the
   * last row of the table), or null as soon as every one of them must exceed {@code max}.
   */
  static int[] toPrefixes(String a, String b, int max) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return null; // every distance of a later row is at least the smallest of this one
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev;
  }

  /** Whether the two spellings differ somewhere before their last {@code tail} characters (in the stem, not the ending). */
  static boolean differInStem(String a, String b, int tail) {
    int prefix = 0;
    int n = Math.min(a.length(), b.length());
    while (prefix < n && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return prefix < n - tail;
  }
}
