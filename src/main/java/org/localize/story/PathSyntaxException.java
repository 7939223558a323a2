package org.localize.story;

/** A path or filter of a profile rule that cannot be compiled; says where and what was expected. */
public final class PathSyntaxException extends RuntimeException {
  private final int offset;

  public PathSyntaxException(String path, int offset, String message) {
    super(message + " at character " + (offset + 1) + " of \"" + path + "\"");
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
