package org.localize.story;

/**
 * A member name pattern of a profile path ({@code .body_*}, {@code ['*_html']}): each {@code *}
 * stands for any run of characters other than line breaks, the rest for itself. Matched in time
 * linear in the name: the literal pieces between the stars are found left to right, each at its
 * first place (which leaves the most room for the rest). It replaces a regular expression
 * ({@code .*} for each star) that backtracked: a few stars against a member name of 40,000
 * characters took longer than a minute. Line breaks stay outside the stars as they were there.
 */
final class Glob {
  private final String[] pieces;

  /** {@code pattern} holds at least one {@code *}. */
  Glob(String pattern) {
    this.pieces = pattern.split("\\*", -1);
  }

  boolean matches(String name) {
    String first = pieces[0];
    String last = pieces[pieces.length - 1];
    int end = name.length() - last.length(); // where the last piece must start
    if (end < first.length() || !name.startsWith(first) || !name.startsWith(last, end)) {
      return false;
    }
    int at = first.length(); // where the current star starts
    for (int k = 1; k < pieces.length - 1; k++) {
      int found = name.indexOf(pieces[k], at);
      if (found < 0 || found + pieces[k].length() > end || hasLineBreak(name, at, found)) {
        return false;
      }
      at = found + pieces[k].length();
    }
    return !hasLineBreak(name, at, end);
  }

  /** Whether name[from, to) holds a character that a regular expression's {@code .} does not match. */
  private static boolean hasLineBreak(String name, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = name.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return String.join("*", pieces);
  }
}
