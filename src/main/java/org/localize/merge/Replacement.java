package org.localize.merge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * New bytes for the span [start, end) of a file: {@code utf8}, the new text encoded. A merge makes
 * its replacements on all cores ({@link Merger}), so they are encoded there, once, and the text
 * itself is left to the collector at once; {@link #apply} only copies.
 */
public record Replacement(int start, int end, byte[] utf8) {

  /** New text for the span [start, end), in UTF-8 ({@code String.getBytes}: a surrogate alone becomes '?'). */
  public Replacement(int start, int end, String text) {
    this(start, end, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code original} with every replacement applied; the spans must not overlap. Bytes outside the
   * spans are copied unchanged.
   */
  public static byte[] apply(byte[] original, List<Replacement> replacements) {
    List<Replacement> sorted = new ArrayList<>(replacements);
    sorted.sort(Comparator.comparingInt(Replacement::start));
    long size = original.length;
    int at = 0;
    for (Replacement r : sorted) {
      if (r.start() < at) {
        throw new IllegalArgumentException("overlapping replacements at byte " + r.start());
      }
      size += r.utf8().length - (r.end() - r.start());
      at = r.end();
    }
    byte[] out = new byte[Math.toIntExact(size)]; // the exact size: no growing and copying
    int from = 0;
    int to = 0;
    for (Replacement r : sorted) {
      System.arraycopy(original, from, out, to, r.start() - from);
      to += r.start() - from;
      System.arraycopy(r.utf8(), 0, out, to, r.utf8().length);
      to += r.utf8().length;
      from = r.end();
    }
    System.arraycopy(original, from, out, to, original.length - from);
    return out;
  }
}
