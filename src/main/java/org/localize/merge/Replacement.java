package org.localize.merge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** New bytes for the span [start, end) of a file. */
public record Replacement(int start, int end, String text) {

  /**
   * {@code original} with every replacement applied; the spans must not overlap. Bytes outside the
   * spans are copied unchanged.
   */
  public static byte[] apply(byte[] original, List<Replacement> replacements) {
    List<Replacement> sorted = new ArrayList<>(replacements);
    sorted.sort(Comparator.comparingInt(Replacement::start));
    byte[][] texts = new byte[sorted.size()][];
    long size = original.length;
    int at = 0;
    for (int i = 0; i < texts.length; i++) {
      Replacement r = sorted.get(i);
      if (r.start() < at) {
        throw new IllegalArgumentException("overlapping replacements at byte " + r.start());
      }
      texts[i] = r.text().getBytes(StandardCharsets.UTF_8);
      size += texts[i].length - (r.end() - r.start());
      at = r.end();
    }
    byte[] out = new byte[Math.toIntExact(size)]; // the exact size: no growing and copying
    int from = 0;
    int to = 0;
    for (int i = 0; i < texts.length; i++) {
      Replacement r = sorted.get(i);
      System.arraycopy(original, from, out, to, r.start() - from);
      to += r.start() - from;
      System.arraycopy(texts[i], 0, out, to, texts[i].length);
      to += texts[i].length;
      from = r.end();
    }
    System.arraycopy(original, from, out, to, original.length - from);
    return out;
  }
}
