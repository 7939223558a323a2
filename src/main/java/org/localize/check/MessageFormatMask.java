package org.localize.check;

/**
 * Blanks ICU MessageFormat syntax while keeping the translatable text inside plural and select
 * branches: {@code {n, plural, one {# год} other {# лет}}} keeps only "год" and "лет".
 */
final class MessageFormatMask {

  private MessageFormatMask() {}

  static void apply(String s, char[] out) {
    maskMessage(s, out, 0, s.length());
  }

  /** Masks arguments inside the message text s[from, to). */
  private static void maskMessage(String s, char[] out, int from, int to) {
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '\'' && i + 1 < to && (s.charAt(i + 1) == '{' || s.charAt(i + 1) == '}')) {
        int close = s.indexOf('\'', i + 1); // quoted literal braces are text
        i = close < 0 || close >= to ? to : close + 1;
      } else if (c == '{') {
        int end = matching(s, i, to);
        maskArgument(s, out, i, end);
        i = end + 1;
      } else if (c == '#') {
        out[i] = ' ';
        i++;
      } else {
        i++;
      }
    }
  }

  /** s[open] is '{', s[close] its partner; blanks the syntax and recurses into branch messages. */
  private static void maskArgument(String s, char[] out, int open, int close) {
    int inner = s.indexOf('{', open + 1);
    if (inner < 0 || inner > close) { // simple argument: {amount}, {n, number}
      blank(out, open, Math.min(close + 1, out.length));
      return;
    }
    int i = open;
    while (i < close) {
      int branchOpen = s.indexOf('{', i + 1);
      if (branchOpen < 0 || branchOpen > close) {
        blank(out, i, close + 1);
        return;
      }
      blank(out, i, branchOpen + 1); // header or selector up to and including '{'
      int branchClose = matching(s, branchOpen, close);
      maskMessage(s, out, branchOpen + 1, branchClose);
      out[branchClose] = ' ';
      i = branchClose;
    }
    if (close < out.length) {
      out[close] = ' ';
    }
  }

  private static int matching(String s, int open, int limit) {
    int depth = 0;
    for (int i = open; i < limit; i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return limit - 1 < open ? open : limit - 1;
  }

  private static void blank(char[] out, int from, int to) {
    for (int i = from; i < to && i < out.length; i++) {
      out[i] = ' ';
    }
  }
}
