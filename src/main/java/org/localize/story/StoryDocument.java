package org.localize.story;

import java.nio.charset.StandardCharsets;

/**
 * A story file as read: its name (for messages), its exact bytes, and the tree of values with the
 * byte span of every string.
 */
public record StoryDocument(String name, byte[] bytes, JsonNode root) {

  /** The line and column of byte {@code offset}. */
  public TextPosition position(int offset) {
    return TextPosition.of(bytes, offset);
  }

  /** Whether the file starts with a UTF-8 byte order mark. */
  public boolean hasBom() {
    return TextPosition.hasBom(bytes);
  }

  /** The raw bytes of a string token, quotes included, as text. */
  public String rawToken(JsonNode.StringNode node) {
    return new String(bytes, node.start(), node.end() - node.start(), StandardCharsets.UTF_8);
  }
}
