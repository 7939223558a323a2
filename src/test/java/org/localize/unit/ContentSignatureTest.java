package org.localize.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localize.unit.Content.Code;
import org.localize.unit.Content.CodeKind;
import org.localize.unit.Content.Part;
import org.localize.unit.Content.Text;

/**
 * {@link Content#sameSignature} is {@code signature().equals(...)} without building the strings.
 * The strings are the oracle, on random contents made to collide: texts split differently, texts
 * that spell a code's piece (U+E000, kind, ':', id, U+E001), codes of other kinds and ids, empty
 * texts, negative ids.
 */
class ContentSignatureTest {
  private static final String[] BITS = {"a", "b", "ab", "", "\uE000", "\uE001", "0", "1", ":", "\uE0000:1\uE001", "\uE000", "-", "12"};

  @Test
  void sameSignatureIsEqualSignatures() {
    Random random = new Random(18);
    int equal = 0;
    for (int i = 0; i < 200_000; i++) {
      Content a = random(random);
      Content b = random.nextInt(3) == 0 ? resplit(a, random) : random(random);
      boolean expected = a.signature().equals(b.signature());
      assertEquals(expected, a.sameSignature(b), a + " / " + b);
      assertEquals(expected, b.sameSignature(a), b + " / " + a);
      if (expected) {
        equal++;
      }
    }
    assertTrue(equal > 20_000, "equal pairs: " + equal);
  }

  private static Content random(Random random) {
    List<Part> parts = new ArrayList<>();
    for (int n = random.nextInt(5); n > 0; n--) {
      if (random.nextBoolean()) {
        parts.add(new Text(BITS[random.nextInt(BITS.length)] + (random.nextBoolean() ? "" : BITS[random.nextInt(BITS.length)])));
      } else {
        parts.add(code(random));
      }
    }
    return new Content(parts);
  }

  private static Code code(Random random) {
    return new Code(CodeKind.values()[random.nextInt(3)], random.nextInt(14) - 2, "x", "d", "d");
  }

  /** The same signature in other parts: texts joined and split anew, codes spelt as text or kept. */
  private static Content resplit(Content c, Random random) {
    StringBuilder chars = new StringBuilder();
    List<Part> parts = new ArrayList<>();
    for (Part p : c.parts()) {
      if (p instanceof Code code && random.nextBoolean()) {
        flush(chars, parts, random);
        parts.add(code);
      } else {
        chars.append(new Content(List.of(p)).signature());
      }
    }
    flush(chars, parts, random);
    return new Content(parts);
  }

  private static void flush(StringBuilder chars, List<Part> parts, Random random) {
    int at = 0;
    while (at < chars.length()) {
      int end = Math.min(chars.length(), at + 1 + random.nextInt(4));
      parts.add(new Text(chars.substring(at, end)));
      if (random.nextInt(4) == 0) {
        parts.add(new Text(""));
      }
      at = end;
    }
    chars.setLength(0);
  }
}
