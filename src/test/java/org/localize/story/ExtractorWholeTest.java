package org.localize.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A range's start and length are read as the pattern [0-9]{1,9} read them, without compiling it for each. */
class ExtractorWholeTest {

  @Test
  void readsWholeNumbersAsThePatternDid() {
    Random r = new Random(18);
    String pieces = "0123456789-+.eE ١٢x";
    for (int round = 0; round < 50_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(12);
      for (int i = 0; i < n; i++) {
        sb.append(r.nextInt(4) == 0 ? pieces.charAt(r.nextInt(pieces.length())) : (char) ('0' + r.nextInt(10)));
      }
      String literal = sb.toString();
      int expected = literal.matches("[0-9]{1,9}") ? Integer.parseInt(literal) : -1;
      assertEquals(expected, Extractor.whole(new JsonNode.ScalarNode(0, literal)), literal);
    }
    assertEquals(999_999_999, Extractor.whole(new JsonNode.ScalarNode(0, "999999999")));
    assertEquals(-1, Extractor.whole(new JsonNode.StringNode(0, 3, "12")));
  }
}
