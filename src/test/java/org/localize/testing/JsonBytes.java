package org.localize.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Byte-level views and rewrites of JSON written independently of the main code, so that tests do
 * not check the merge with the same reader the merge uses.
 */
public final class JsonBytes {
  private JsonBytes() {}

  /**
   * The file cut at every string <em>value</em> token: the bytes between values (structure,
   * whitespace, keys, numbers), in order. Two files with equal results differ only inside values.
   */
  public static List<String> outsideStringValues(byte[] json) {
    List<String> segments = new ArrayList<>();
    ByteArrayOutputStream current = new ByteArrayOutputStream();
    int i = 0;
    while (i < json.length) {
      if (json[i] != '"') {
        current.write(json[i++]);
        continue;
      }
      int end = i + 1;
      while (json[end] != '"') {
        end += json[end] == '\\' ? 2 : 1;
      }
      end++;
      int after = end;
      while (after < json.length && (json[after] == ' ' || json[after] == '\t' || json[after] == '\r' || json[after] == '\n')) {
        after++;
      }
      if (after < json.length && json[after] == ':') {
        current.write(json, i, end - i); // a key: part of the structure
      } else {
        segments.add(current.toString(StandardCharsets.UTF_8));
        current.reset();
      }
      i = end;
    }
    segments.add(current.toString(StandardCharsets.UTF_8));
    return segments;
  }

  /** {@code json} with every whitespace byte outside strings removed. */
  public static byte[] minify(byte[] json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString) {
        out.write(b);
        if (b == '\\') {
          out.write(json[++i]);
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
        out.write(b);
      } else if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  /** {@code json} as Python's {@code ensure_ascii} writes it: every non-ASCII UTF-16 unit as a lower-case {@code \}{@code uXXXX}. */
  public static byte[] asciiEscaped(byte[] json) {
    String s = new String(json, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFEFF' && i == 0) {
        continue;
      }
      sb.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return sb.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * {@code json} with the value of its first {@code "locale"} member (or, in the other formats'
   * stories, {@code "language"} or {@code "lang"}) replaced by {@code locale}, or unchanged when it
   * has none; the only change merge may make outside translated strings.
   */
  public static byte[] withLocale(byte[] json, String locale) {
    String s = new String(json, StandardCharsets.ISO_8859_1); // byte-preserving
    return s.replaceFirst("(\"(?:locale|language|lang)\"\\s*:\\s*)\"[^\"]*\"", "$1\"" + locale + "\"").getBytes(StandardCharsets.ISO_8859_1);
  }
}
