package org.localize.story;

/** RFC 6901 JSON pointers: building them from keys and indexes, and their escaping. */
public final class JsonPointer {
  private JsonPointer() {}

  /** The pointer of member {@code name} of the value at {@code parent}. */
  public static String child(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** The node at {@code pointer} below {@code root}, or null when there is none. */
  public static JsonNode resolve(JsonNode root, String pointer) {
    if (pointer.isEmpty()) {
      return root;
    }
    JsonNode node = root;
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (node instanceof JsonNode.ObjectNode obj) {
        node = obj.get(name);
      } else if (node instanceof JsonNode.ArrayNode arr) {
        int index;
        try {
          index = Integer.parseInt(name);
        } catch (NumberFormatException e) {
          return null;
        }
        node = index >= 0 && index < arr.elements().size() ? arr.elements().get(index) : null;
      } else {
        return null;
      }
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  /** The pointer of element {@code index} of the array at {@code parent}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
