package org.localize.check;

/**
 * Which characters may begin one of a few words under {@link Text#matchesAt} (case ignored): a
 * pre-test that spares the loop over the words where the character at a place starts none of them;
 * immutable.
 *
 * <p>Known for the characters most text is made of, ASCII and the basic Russian letters (А–я):
 * a character may begin a word when it is the word's first character or the same after
 * String.regionMatches' own case folding (toUpperCase, then toLowerCase, of each); for any other
 * character {@link #may} says yes and the words are tried. A word that is empty or begins with a
 * surrogate turns the pre-test off (yes everywhere). A word that matches at a place matches there
 * character by character, its first one included; so where {@link #may} says no, no word matches
 * (FirstCharsOracleTest asks regionMatches itself, for every character). Built with a comparison
 * of ints per character and word: the date vocabularies build four on a cold run.
 */
final class FirstChars {

  private final long ascii0;
  private final long ascii1;
  private final long russian;
  private final boolean all;

  FirstChars(String... words) {
    boolean off = false;
    for (String w : words) {
      off |= w.isEmpty() || Character.isSurrogate(w.charAt(0));
    }
    long a0 = 0;
    long a1 = 0;
    long r = 0;
    if (!off) {
      for (String w : words) {
        char first = w.charAt(0);
        int folded = caseFold(first);
        for (char c = 0; c < 0x80; c++) {
          if (c == first || ASCII_FOLDED[c] == folded) {
            if (c < 64) {
              a0 |= 1L << c;
            } else {
              a1 |= 1L << (c - 64);
            }
          }
        }
        for (char c = '\u0410'; c <= '\u044F'; c++) {
          if (c == first || RUSSIAN_FOLDED[c - '\u0410'] == folded) {
            r |= 1L << (c - '\u0410');
          }
        }
      }
    }
    ascii0 = a0;
    ascii1 = a1;
    russian = r;
    all = off;
  }

  /** The case folding of String.regionMatches(true, ...): two characters match when equal or equal after it. */
  private static int caseFold(char c) {
    return Character.toLowerCase(Character.toUpperCase((int) c));
  }

  private static final int[] ASCII_FOLDED = new int[0x80];
  private static final int[] RUSSIAN_FOLDED = new int[0x40];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_FOLDED[c] = caseFold(c);
    }
    for (char c = '\u0410'; c <= '\u044F'; c++) {
      RUSSIAN_FOLDED[c - '\u0410'] = caseFold(c);
    }
  }

  /** False only where no word can match at a place whose first character is {@code c}. */
  boolean may(char c) {
    if (all) {
      return true;
    }
    if (c < 64) {
      return (ascii0 & (1L << c)) != 0;
    }
    if (c < 0x80) {
      return (ascii1 & (1L << (c - 64))) != 0;
    }
    if (c >= '\u0410' && c <= '\u044F') {
      return (russian & (1L << (c - '\u0410'))) != 0;
    }
    return true;
  }
}
