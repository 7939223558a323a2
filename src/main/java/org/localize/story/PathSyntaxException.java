package org.localize.story;

/** A path or filter of a profile rule that cannot be compiled; says where and what was expected. */
public final class PathSyntaxException extends RuntimeException {
  private final int offset;

  public PathSyntaxException(String path, int offset, String message) {
    super(message + " at character " + (offset + 1) + " of \"" + shown(path, offset) + "\"");
    this.offset = offset;
  }

  /** The path, or for a long one the 60 characters before the offset and 20 after it. */
  private static String shown(String path, int offset) {
    if (path.length() <= 120) {
      return path;
    }
    int from = Math.max(0, Math.min(offset, path.length()) - 60);
    int to = Math.min(path.length(), Math.max(offset, 0) + 20);
    return (from > 0 ? "…" : "") + path.substring(from, to) + (to < path.length() ? "…" : "");
  }

  public int offset() {
    return offset;
  }
}
