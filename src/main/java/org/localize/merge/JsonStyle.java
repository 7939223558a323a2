package org.localize.merge;

/**
 * How a story file writes its strings, so that translated strings look like their neighbours: raw
 * UTF-8 or {@code \}{@code uXXXX} escapes for non-ASCII (as Python's {@code ensure_ascii} and PHP
 * write), upper- or lower-case hex, and {@code \/} for slashes (as PHP writes).
 */
public record JsonStyle(boolean asciiOnly, boolean upperHex, boolean escapeSlash) {

  /** Learns the style from the file's bytes. */
  public static JsonStyle of(byte[] bytes) {
    boolean raw = false;
    boolean sawEscape = false;
    boolean upper = false;
    boolean slash = false;
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0x80) {
        raw = true;
      } else if (b == '\\' && i + 1 < bytes.length) {
        byte next = bytes[i + 1];
        if (next == 'u' && i + 5 < bytes.length && !sawEscape) {
          sawEscape = true;
          for (int k = i + 2; k < i + 6; k++) {
            if (bytes[k] >= 'A' && bytes[k] <= 'F') {
              upper = true;
            }
          }
        } else if (next == '/') {
          slash = true;
        }
        i++;
      }
    }
    return new JsonStyle(!raw && sawEscape, upper, slash);
  }

  /** {@code value} as a JSON string literal, quotes included. */
  public String quote(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 16);
    sb.append('"');
    int run = 0; // the start of the characters not yet copied, which need no escape
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String escape = switch (c) {
        case '"' -> "\\\"";
        case '\\' -> "\\\\";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\t' -> "\\t";
        case '\b' -> "\\b";
        case '\f' -> "\\f";
        case '/' -> escapeSlash ? "\\/" : null;
        default -> c < 0x20 || (asciiOnly && c >= 0x80) || Character.isSurrogate(c) && !isPaired(value, i)
            ? unicodeEscape(c) : null;
      };
      if (escape != null) {
        sb.append(value, run, i).append(escape);
        run = i + 1;
      }
    }
    return sb.append(value, run, value.length()).append('"').toString();
  }

  /** {@code \}{@code uXXXX} for {@code c}, in the file's case of hex digits (as {@code String.format("\\u%04X")}, without a Formatter per character). */
  private String unicodeEscape(char c) {
    String digits = upperHex ? "0123456789ABCDEF" : "0123456789abcdef";
    return new String(new char[] {'\\', 'u', digits.charAt(c >> 12), digits.charAt((c >> 8) & 0xF),
        digits.charAt((c >> 4) & 0xF), digits.charAt(c & 0xF)});
  }

  private static boolean isPaired(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
