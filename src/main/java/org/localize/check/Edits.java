package org.localize.check;

/** Edit distance for comparing spellings of names. */
final class Edits {

  private Edits() {}

  /** Levenshtein distance, or {@code max + 1} as soon as it must exceed {@code max}. */
  static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] row = toPrefixes(a, b, max);
    return row == null ? max + 1 : row[b.length()];
  }

  /**
   * The Levenshtein distance from {@code a} to each prefix of {@code b}, by the prefix's length (the
   * last row of the table), or null as soon as every one of them must exceed {@code max}: one table
   * for a name compared with a word whose case ending may be cut by a few letters.
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
