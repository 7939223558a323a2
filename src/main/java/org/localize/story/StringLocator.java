package org.localize.story;

import java.nio.charset.StandardCharsets;

/**
 * Maps an offset in a string's decoded value back to the file: walks the raw token, decoding its
 * escapes, so that a finding at character 17 of a caption becomes line 12, column 40.
 */
public final class StringLocator {
  private StringLocator() {}

  /** The byte offset in the file of UTF-16 offset {@code offset} of the value of {@code node}. */
  public static int byteOffset(StoryDocument doc, JsonNode.StringNode node, int offset) {
    byte[] b = doc.bytes();
    int i = node.start() + 1; // after the opening quote
    int end = node.end() - 1;
    int chars = 0;
    while (i < end && chars < offset) {
      int c = b[i] & 0xFF;
      if (c == '\\') {
        if (b[i + 1] == 'u') {
          i += 6;
        } else {
          i += 2;
        }
        chars++;
      } else if (c < 0x80) {
        i++;
        chars++;
      } else if (c >= 0xF0) {
        i += 4;
        chars += 2; // a supplementary character is two UTF-16 units
      } else if (c >= 0xE0) {
        i += 3;
        chars++;
      } else {
        i += 2;
        chars++;
      }
    }
    return Math.min(i, end);
  }

  /** The text of the file between two byte offsets. */
  public static String text(StoryDocument doc, int from, int to) {
    return new String(doc.bytes(), from, Math.max(0, to - from), StandardCharsets.UTF_8);
  }
}
