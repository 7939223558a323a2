package org.localize.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Strict decoding takes String's UTF-8 decoding as a shortcut and decodes again with a reporting
 * decoder only when the text has a U+FFFD. The reporting decoder alone is the oracle: on texts of
 * valid characters of every length, U+FFFD written as such, and every kind of invalid sequence
 * (stray continuation bytes, lead bytes cut short or at the end, overlong forms, surrogates, past
 * U+10FFFF, bytes UTF-8 never uses), after a byte order mark or not, both give the same text or fail
 * at the same byte.
 */
class TextDecodingTest {
  private static final byte[][] VALID = {
    {'a'}, {' '}, {'<'}, {(byte) 0xC3, (byte) 0xA9}, {(byte) 0xD0, (byte) 0x96}, {(byte) 0xE6, (byte) 0x97, (byte) 0xA5},
    {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}, // U+FFFD itself
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
  };
  private static final byte[][] INVALID = {
    {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC3}, {(byte) 0xE6, (byte) 0x97}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
    {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0x81}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xF5}, {(byte) 0xFE}, {(byte) 0xFF}, {(byte) 0xEF, (byte) 0xBF}, {(byte) 0xEF, (byte) 0xBF, (byte) 0x41},
  };

  @Test
  void utf8ShortcutDecodesAndFailsAsTheReportingDecoder() throws Exception {
    Random random = new Random(7);
    int failures = 0;
    int withReplacement = 0;
    for (int n = 0; n < 20_000; n++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      boolean bom = random.nextInt(4) == 0;
      if (bom) {
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
      }
      int invalidEvery = random.nextInt(3) == 0 ? 0 : 5 + random.nextInt(200); // 0: none
      for (int k = random.nextInt(60); k > 0; k--) {
        byte[][] from = invalidEvery > 0 && random.nextInt(invalidEvery) == 0 ? INVALID : VALID;
        out.writeBytes(from[random.nextInt(from.length)]);
      }
      byte[] b = out.toByteArray();
      int skip = bom ? 3 : 0;
      String expected;
      int expectedAt = -1;
      try {
        expected = TextDecoding.byDecoder(b, skip, StandardCharsets.UTF_8, false);
      } catch (TextDecoding.Failure f) {
        expected = null;
        expectedAt = f.position();
      }
      try {
        String got = TextDecoding.strict(b, skip, StandardCharsets.UTF_8, false);
        assertEquals(expected, got, "bytes " + java.util.HexFormat.of().formatHex(b));
        if (got.indexOf('\uFFFD') >= 0) {
          withReplacement++;
        }
      } catch (TextDecoding.Failure f) {
        assertEquals(expectedAt, f.position(), "bytes " + java.util.HexFormat.of().formatHex(b));
        failures++;
      }
    }
    assertTrue(failures > 1000 && withReplacement > 1000, failures + " failures, " + withReplacement + " with U+FFFD");
  }

  @Test
  void anInvalidByteIsReportedAtItsOffset() {
    byte[] b = "ab\u0416c".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(b, 3); // "ab" and the first byte of Ж
    TextDecoding.Failure f = assertThrows(TextDecoding.Failure.class, () -> TextDecoding.decode(cut));
    assertEquals(2, f.position());
    assertEquals(StandardCharsets.UTF_8, f.charset());
  }
}
