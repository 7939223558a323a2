package org.localize.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Translated strings are written the way the story writes its own strings. */
class JsonStyleTest {
  static JsonStyle of(String json) {
    return JsonStyle.of(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rawUtf8FilesGetRawCharacters() {
    JsonStyle s = of("{\"a\": \"caf\u00e9\", \"b\": \"\\u00e9\"}");
    assertEquals(new JsonStyle(false, false, false), s);
    assertEquals("\"Мост\"", s.quote("Мост"));
  }

  @Test
  void asciiOnlyFilesGetEscapesInTheirHexCase() {
    assertEquals(new JsonStyle(true, false, false), of("{\"a\": \"caf\\u00e9\"}"));
    assertEquals(new JsonStyle(true, true, false), of("{\"a\": \"caf\\u00E9\"}"));
    assertEquals("\"\\u041c\\u043e\\u0441\\u0442 \\ud83d\\ude00\"", of("{\"a\": \"\\u00e9\"}").quote("Мост 😀"));
    assertEquals("\"\\u041C\"", of("{\"a\": \"\\u00C9\"}").quote("М"));
  }

  @Test
  void aFileWithoutEscapesOrNonAsciiIsNotAsciiOnly() {
    assertEquals(new JsonStyle(false, false, false), of("{\"a\": \"plain\"}"));
    assertEquals(new JsonStyle(false, false, false), of("{\"a\": \"line\\nbreak\"}"));
  }

  @Test
  void aByteOrderMarkIsNotContent() {
    byte[] json = "\uFEFF{\"a\": \"caf\\u00e9\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals(new JsonStyle(true, false, false), JsonStyle.of(json));
  }

  @Test
  void escapedSlashesAreKept() {
    JsonStyle php = of("{\"u\": \"https:\\/\\/e.org\\/\"}");
    assertEquals(true, php.escapeSlash());
    assertEquals("\"a\\/b\"", php.quote("a/b"));
    assertEquals("\"a/b\"", of("{\"u\": \"https://e.org/\"}").quote("a/b"));
  }

  @Test
  void quoteEscapesWhatJsonRequires() {
    JsonStyle s = new JsonStyle(false, false, false);
    assertEquals("\"q\\\" b\\\\ n\\n r\\r t\\t b\\b f\\f c\\u0007\"", s.quote("q\" b\\ n\n r\r t\t b\b f\f c\u0007"));
    assertEquals("\"lone \\ud800 pair 😀\"", s.quote("lone \uD800 pair 😀"));
    assertEquals("\"\\u0001\"", new JsonStyle(false, true, false).quote("\u0001"));
    assertEquals("\"\\u00AB\"", new JsonStyle(true, true, false).quote("\u00AB"));
  }

  @Test
  void unicodeEscapesAreWhatFormatWrites() {
    for (boolean upper : new boolean[] {false, true}) {
      JsonStyle ascii = new JsonStyle(true, upper, false);
      JsonStyle raw = new JsonStyle(false, upper, false);
      for (int c = 0; c <= 0xFFFF; c++) {
        String expected = "\"" + String.format(upper ? "\\u%04X" : "\\u%04x", c) + "\"";
        boolean named = "\"\\\n\r\t\b\f/".indexOf(c) >= 0;
        if (!named && (c < 0x20 || c >= 0x80)) {
          assertEquals(expected, ascii.quote(String.valueOf((char) c)));
        }
        if (!named && (c < 0x20 || Character.isSurrogate((char) c))) {
          assertEquals(expected, raw.quote(String.valueOf((char) c)));
        }
      }
    }
  }

  /**
   * What a merge writes, {@code quoteUtf8}, is {@code quote} encoded in UTF-8: every character
   * alone (all 65,536, in every style) and random texts of ASCII, what JSON escapes, Latin-1,
   * Cyrillic, CJK, emoji and lone surrogates.
   */
  @Test
  void quoteUtf8IsQuoteInUtf8() {
    JsonStyle[] styles = new JsonStyle[8];
    for (int i = 0; i < 8; i++) {
      styles[i] = new JsonStyle((i & 1) != 0, (i & 2) != 0, (i & 4) != 0);
    }
    for (JsonStyle style : styles) {
      for (int c = 0; c <= 0xFFFF; c++) {
        String s = "a" + (char) c + "\u0416";
        org.junit.jupiter.api.Assertions.assertArrayEquals(style.quote(s).getBytes(StandardCharsets.UTF_8), style.quoteUtf8(s),
            style + " U+" + Integer.toHexString(c));
      }
    }
    String[] pieces = {"a", "Z", " ", "\"", "\\", "/", "\n", "\u0001", "\u007f", "\u00e9", "\u0416", "\u65e5",
        "\u07ff", "\u0800", "\uffff", "\ud83d\ude00", "\ud83d", "\ude00", "\u2028", "?", "\t", "\r", "\b", "\f",
        "\u0000", "\u001f", "\u0080", "\udbff\udfff", "\u00ab"};
    java.util.Random random = new java.util.Random(11);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      boolean plain = random.nextBoolean(); // half without anything to escape
      for (int k = random.nextInt(40); k > 0; k--) {
        sb.append(pieces[plain ? random.nextInt(2) * 10 + random.nextInt(2) : random.nextInt(pieces.length)]);
      }
      String s = sb.toString();
      for (JsonStyle style : styles) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(style.quote(s).getBytes(StandardCharsets.UTF_8), style.quoteUtf8(s),
            style + " " + s);
      }
    }
    // control chars write six bytes each, more than the three a char the array starts with
    for (String s : new String[] {"\u0001".repeat(100), "\u0416".repeat(50) + "\u001f".repeat(50), "\u0001\u65e5"}) {
      for (JsonStyle style : styles) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(style.quote(s).getBytes(StandardCharsets.UTF_8), style.quoteUtf8(s));
      }
    }
    // any char at all, surrogates included, and texts whose only '?' may be an unpaired surrogate's
    for (int n = 0; n < 20_000; n++) {
      char[] chars = new char[random.nextInt(30)];
      for (int k = 0; k < chars.length; k++) {
        int kind = random.nextInt(4);
        chars[k] = (char) (kind == 0 ? random.nextInt(0x80) : kind == 1 ? 0xD800 + random.nextInt(0x800) : random.nextInt(0x10000));
      }
      String s = new String(chars);
      for (JsonStyle style : styles) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(style.quote(s).getBytes(StandardCharsets.UTF_8), style.quoteUtf8(s),
            style + " " + s);
      }
    }
  }
}
