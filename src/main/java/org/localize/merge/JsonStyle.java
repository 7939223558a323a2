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

  /**
   * {@link #quote(String)} in UTF-8, as a merge writes each translated string: encoded straight into
   * the bytes, without the builder and the String between (two thirds of what quoting a live blog's
   * 20,000 posts allocated), in one pass over the chars into an array of three bytes a char (the most
   * a char needs but a {@code \}{@code u00XX} escape, which grows it), trimmed at the end: a
   * first pass that counted the bytes cost more than the copy. A text with a surrogate, or any
   * non-ASCII for an ASCII-only file, goes through {@code quote}.
   */
  public byte[] quoteUtf8(String value) {
    int n = value.length();
    byte[] out = new byte[3 * n + 2];
    int k = 0;
    out[k++] = '"';
    String digits = upperHex ? "0123456789ABCDEF" : "0123456789abcdef";
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c > '\\' && c < 0x80) {
        out[k++] = (byte) c;
      } else if (c < 0x80) {
        char named = switch (c) {
          case '"' -> '"';
          case '\\' -> '\\';
          case '\n' -> 'n';
          case '\r' -> 'r';
          case '\t' -> 't';
          case '\b' -> 'b';
          case '\f' -> 'f';
          case '/' -> escapeSlash ? '/' : 0;
          default -> 0;
        };
        if (named == 0 && c >= 0x20) {
          out[k++] = (byte) c;
          continue;
        }
        if (named != 0) {
          out[k++] = '\\';
          out[k++] = (byte) named;
        } else {
          // six bytes for a char of the three counted: room for it and three for each char after it
          int need = k + 6 + 3 * (n - i - 1) + 1;
          if (need > out.length) {
            out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, need));
          }
          out[k++] = '\\';
          out[k++] = 'u';
          out[k++] = '0';
          out[k++] = '0';
          out[k++] = (byte) digits.charAt(c >> 4);
          out[k++] = (byte) digits.charAt(c & 0xF);
        }
      } else if (asciiOnly || Character.isSurrogate(c)) {
        return quote(value).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      } else if (c < 0x800) {
        out[k++] = (byte) (0xC0 | c >> 6);
        out[k++] = (byte) (0x80 | c & 0x3F);
      } else {
        out[k++] = (byte) (0xE0 | c >> 12);
        out[k++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[k++] = (byte) (0x80 | c & 0x3F);
      }
    }
    out[k++] = '"';
    return k == out.length ? out : java.util.Arrays.copyOf(out, k);
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
