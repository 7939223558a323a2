package org.localize.check;

/**
 * A set of 2^17 bits by a word's {@link String#hashCode}, for the scanners' "may this word be one of
 * ours?" test: a word whose bit is clear is none of them, so it is not cut from the text and looked
 * up. One place for the bit function, so that the words marked and the words asked about agree.
 */
final class HashBits {

  private HashBits() {}

  /** A set with no bit set. */
  static long[] empty() {
    return new long[1 << 11];
  }

  /** Sets the bit of a word whose {@link String#hashCode} is {@code hash}. */
  static void mark(long[] bits, int hash) {
    int b = bit(hash);
    bits[b >>> 6] |= 1L << (b & 63);
  }

  /** Whether the bit of a word whose {@link String#hashCode} is {@code hash} is set. */
  static boolean has(long[] bits, int hash) {
    int b = bit(hash);
    return (bits[b >>> 6] & (1L << (b & 63))) != 0;
  }

  private static int bit(int hash) {
    return (hash ^ (hash >>> 17)) & 0x1FFFF;
  }
}
