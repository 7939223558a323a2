package org.localize.story;

import java.nio.charset.StandardCharsets;

/**
 * Maps an offset in a string's decoded value back to the file: walks the raw token, decoding its
 * escapes, so that a finding at character 17 of a caption becomes line 12, column 40.
 *
 * <p>A locator remembers where its last walk ended: a report places the findings of one string in
 * order of offset, and each walk goes on from the last one instead of from the opening quote
 * (walking from the quote for each of 15,000 findings in a 100 KB paragraph took a minute).
 */
public final class StringLocator {
  private final StoryDocument doc;
  private JsonNode.StringNode node;
  private int chars; // UTF-16 offset in the value ...
  private int at; // ... and the byte where it starts

  public StringLocator(StoryDocument doc) {
    this.doc = doc;
  }

  /**
   * The byte offset in the file of UTF-16 offset {@code offset} of the value of {@code string}; the
   * walk starts where the last one ended when that is at or before the offset.
   */
  public int byteOffset(JsonNode.StringNode string, int offset) {
    if (string != node || offset < chars) {
      node = string;
      chars = 0;
      at = string.start() + 1; // after the opening quote
    }
    long walked = walk(string, at, chars, offset);
    at = (int) (walked >>> 32);
    chars = (int) walked;
    return at;
  }

  /** Like {@link #byteOffset}, but the next walk still starts where this one started. */
  public int peekByteOffset(JsonNode.StringNode string, int offset) {
    if (string == node && offset >= chars) {
      return (int) (walk(string, at, chars, offset) >>> 32);
    }
    return (int) (walk(string, string.start() + 1, 0, offset) >>> 32);
  }

  /** From byte {@code i} at UTF-16 offset {@code c16}, on to {@code offset}: the byte (high half) and offset reached. */
  private long walk(JsonNode.StringNode string, int i, int c16, int offset) {
    byte[] b = doc.bytes();
    int end = string.end() - 1;
    while (i < end && c16 < offset) {
      int c = b[i] & 0xFF;
      if (c == '\\') {
        i += b[i + 1] == 'u' ? 6 : 2;
        c16++;
      } else if (c < 0x80) {
        i++;
        c16++;
      } else if (c >= 0xF0) {
        i += 4;
        c16 += 2; // a supplementary character is two UTF-16 units
      } else if (c >= 0xE0) {
        i += 3;
        c16++;
      } else {
        i += 2;
        c16++;
      }
    }
    return (long) Math.min(i, end) << 32 | c16 & 0xFFFFFFFFL;
  }

  /** The text of the file between two byte offsets. */
  public String text(int from, int to) {
    return new String(doc.bytes(), from, Math.max(0, to - from), StandardCharsets.UTF_8);
  }
}
