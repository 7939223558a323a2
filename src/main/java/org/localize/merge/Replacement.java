package org.localize.merge;

import java.io.ByteArrayOutputStream;
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
    ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + original.length / 2);
    int at = 0;
    for (Replacement r : sorted) {
      if (r.start() < at) {
        throw new IllegalArgumentException("overlapping replacements at byte " + r.start());
      }
      out.write(original, at, r.start() - at);
      byte[] bytes = r.text().getBytes(StandardCharsets.UTF_8);
      out.write(bytes, 0, bytes.length);
      at = r.end();
    }
    out.write(original, at, original.length - at);
    return out.toByteArray();
  }
}
