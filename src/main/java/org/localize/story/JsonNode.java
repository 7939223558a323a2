package org.localize.story;

import java.util.List;

/**
 * A JSON value read from a story, with the byte span of its token in the original file.
 *
 * <p>Only strings need their span (merge replaces exactly those bytes), but every node keeps its
 * start offset so that errors can point at a line and column.
 */
public sealed interface JsonNode {

  /** Byte offset of the first byte of the value's token in the file. */
  int start();

  /** A JSON object; members keep the file's order. Duplicate keys are refused when reading. */
  record ObjectNode(int start, List<Member> members) implements JsonNode {
    public ObjectNode {
      members = List.copyOf(members);
    }

    /** The value of member {@code name}, or null. */
    public JsonNode get(String name) {
      for (int i = 0, n = members.size(); i < n; i++) {
        Member m = members.get(i);
        if (m.name().equals(name)) {
          return m.value();
        }
      }
      return null;
    }
  }

  /** One member of an object. */
  record Member(String name, JsonNode value) {}

  /** A JSON array. */
  record ArrayNode(int start, List<JsonNode> elements) implements JsonNode {
    public ArrayNode {
      elements = List.copyOf(elements);
    }
  }

  /**
   * A JSON string: its decoded value and the span [start, end) of the token, quotes included.
   */
  record StringNode(int start, int end, String value) implements JsonNode {}

  /** A number, boolean or null, kept as its literal text. */
  record ScalarNode(int start, String literal) implements JsonNode {
    public boolean isNull() {
      return literal.equals("null");
    }
  }

  /** A short word for the kind of value, for error messages ("a string", "an array", ...). */
  static String describe(JsonNode node) {
    if (node instanceof ObjectNode) {
      return "an object";
    } else if (node instanceof ArrayNode) {
      return "an array";
    } else if (node instanceof StringNode) {
      return "a string";
    }
    String literal = ((ScalarNode) node).literal();
    return switch (literal) {
      case "null" -> "null";
      case "true", "false" -> "a boolean (" + literal + ")";
      default -> "a number (" + literal + ")";
    };
  }
}
