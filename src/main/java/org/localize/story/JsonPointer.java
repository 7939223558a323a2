package org.localize.story;

/** RFC 6901 JSON pointers: building them from keys and indexes, and their escaping. */
public final class JsonPointer {
  private JsonPointer() {}

  /** The pointer of member {@code name} of the value at {@code parent}. */
  public static String child(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of element {@code index} of the array at {@code parent}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
