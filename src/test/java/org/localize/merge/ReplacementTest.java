package org.localize.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splicing new text into byte spans; every byte outside the spans is copied. */
class ReplacementTest {
  static String apply(String original, Replacement... rs) {
    return new String(Replacement.apply(original.getBytes(StandardCharsets.UTF_8), List.of(rs)), StandardCharsets.UTF_8);
  }

  @Test
  void noReplacementsCopiesTheInput() {
    assertEquals("{\"a\": \"b\"}\r\n", apply("{\"a\": \"b\"}\r\n"));
  }

  @Test
  void replacementsApplyInAnyOrderAndMayChangeLength() {
    assertEquals("[\"Мост\", 1, \"да\"]", apply("[\"x\", 1, \"y\"]", new Replacement(9, 12, "\"да\""), new Replacement(1, 4, "\"Мост\"")));
  }

  @Test
  void spansAreBytesNotCharacters() {
    // "é" is two bytes: the second string starts at byte 6, not 5.
    assertEquals("[\"é\",\"b\"]".replace("\"b\"", "\"c\""), apply("[\"é\",\"b\"]", new Replacement(6, 9, "\"c\"")));
  }

  @Test
  void adjacentAndEmptySpansAreFine() {
    assertEquals("AXYB", apply("AB", new Replacement(1, 1, "X"), new Replacement(1, 1, "Y")));
    assertEquals("xy", apply("ab", new Replacement(0, 1, "x"), new Replacement(1, 2, "y")));
  }

  @Test
  void overlappingSpansAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> apply("abcdef", new Replacement(0, 3, "x"), new Replacement(2, 4, "y")));
  }
}
