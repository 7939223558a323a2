package org.localize.check;

/**
 * Which characters may begin one of a few words under {@link Text#matchesAt} (case ignored): a
 * pre-test that spares the loop over the words where the character at a place starts none of them;
 * immutable.
 *
 * <p>Known for the characters most text is made of, ASCII and the basic Russian letters (А–я),
 * by asking String.regionMatches itself, at construction, whether each of them matches each word's
 * first character; for any other character {@link #may} says yes and the words are tried. A word
 * that is empty or begins with a surrogate turns the pre-test off (yes everywhere). A word that
 * matches at a place matches there character by character, its first one included; so where
 * {@link #may} says no, no word matches.
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
      for (char c = 0; c < 0x80; c++) {
        if (startsOne(c, words)) {
          if (c < 64) {
            a0 |= 1L << c;
          } else {
            a1 |= 1L << (c - 64);
          }
        }
      }
      for (char c = '\u0410'; c <= '\u044F'; c++) {
        if (startsOne(c, words)) {
          r |= 1L << (c - '\u0410');
        }
      }
    }
    ascii0 = a0;
    ascii1 = a1;
    russian = r;
    all = off;
  }

  private static boolean startsOne(char c, String[] words) {
    String s = String.valueOf(c);
    for (String w : words) {
      if (s.regionMatches(true, 0, w, 0, 1)) {
        return true;
      }
    }
    return false;
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
