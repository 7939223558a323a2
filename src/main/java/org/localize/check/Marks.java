package org.localize.check;

/**
 * Positions of one text that a check has marked (reported, or inside an accepted name): a bit per
 * position, allocated on the first mark. The names checks kept a {@code boolean[]} as long as the
 * translation for this, made and zeroed for every unit by each of five checks, though most units
 * mark nothing: 8% of what the checks allocated.
 */
final class Marks {

  private final int length;
  private long[] bits;

  /** Marks for positions {@code 0..length} of a text (its length included, as the arrays had). */
  Marks(int length) {
    this.length = length;
  }

  /** Whether {@code pos} is marked. */
  boolean has(int pos) {
    if (pos < 0 || pos > length) {
      throw new ArrayIndexOutOfBoundsException(pos); // as the array did: a position off the text is a bug
    }
    return bits != null && (bits[pos >>> 6] & (1L << pos)) != 0;
  }

  /** Marks {@code pos}. */
  void mark(int pos) {
    if (pos < 0 || pos > length) {
      throw new ArrayIndexOutOfBoundsException(pos);
    }
    if (bits == null) {
      bits = new long[(length >>> 6) + 1];
    }
    bits[pos >>> 6] |= 1L << pos;
  }

  /** Marks {@code start} up to {@code end} (exclusive), within the text. */
  void mark(int start, int end) {
    for (int i = start; i < end && i <= length; i++) {
      mark(i);
    }
  }
}
