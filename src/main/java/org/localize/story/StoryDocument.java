package org.localize.story;

import java.nio.charset.StandardCharsets;

/**
 * A story file as read: its name (for messages), its exact bytes, and the tree of values with the
 * byte span of every string; and, when the story was read with {@link StoryReader.DuplicateKeys#LAST},
 * the members it left out because a later one had the same key (empty otherwise).
 */
public record StoryDocument(String name, byte[] bytes, JsonNode root, java.util.List<Duplicate> duplicates) {

  public StoryDocument {
    duplicates = java.util.List.copyOf(duplicates);
  }

  public StoryDocument(String name, byte[] bytes, JsonNode root) {
    this(name, bytes, root, java.util.List.of());
  }

  /**
   * A member left out of the tree: its key's byte offset, its JSON pointer, and the byte offset of
   * the later key with the same name, whose value counts.
   */
  public record Duplicate(int start, String pointer, int laterStart) {}

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
