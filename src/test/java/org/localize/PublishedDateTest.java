package org.localize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A story's publication date is read as java.time's ISO parser reads it: the usual shape without
 * the parser, any other through it. The parser's reading (the code before the shortcut) is the
 * oracle, over the usual shape with every field in and out of range and its characters changed.
 */
class PublishedDateTest {

  @Test
  void theUsualShapesReadAsTheParserReadsThem() {
    for (String v : new String[] {"2024-06-19T05:30:00+03:00", "2024-06-19T05:30:00Z", "2024-06-19T05:30:00-00:00",
        "2024-02-29T23:59:59+18:00", "0000-01-01T00:00:00-18:00", " 2024-06-19T05:30:00+03:00 ", "2024-06-19T05:30:00",
        "2024-06-19t05:30:00z", "2024-06-19T05:30+03:00", "2024-06-19T05:30:00.5+03:00", "2024-06-19T05:30:00+03:00:30"}) {
      assertEquals(byTheParser(v), Validation.published(v), v);
    }
    assertNotNull(Validation.usualShape("2024-06-19T05:30:00+03:00"));
    assertEquals(OffsetDateTime.of(2024, 6, 19, 5, 30, 0, 0, ZoneOffset.ofHours(3)),
        Validation.published("2024-06-19T05:30:00+03:00"));
  }

  @Test
  void everyVariationOfTheUsualShapeReadsAsTheParserReadsIt() {
    Random random = new Random(18);
    String odd = "0123456789+-:TZtz. x\u0660";
    for (int round = 0; round < 200_000; round++) {
      StringBuilder v = new StringBuilder(String.format(java.util.Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d",
          random.nextInt(10_000), random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(62),
          random.nextInt(62)));
      switch (random.nextInt(3)) {
        case 0 -> v.append('Z');
        default -> v.append(random.nextBoolean() ? '+' : '-').append(String.format(java.util.Locale.ROOT, "%02d:%02d",
            random.nextInt(20), random.nextInt(62)));
      }
      for (int k = random.nextInt(3); k > 0; k--) { // a character changed, here and there
        v.setCharAt(random.nextInt(v.length()), odd.charAt(random.nextInt(odd.length())));
      }
      String s = v.toString();
      assertEquals(byTheParser(s), Validation.published(s), s);
    }
  }

  /** How the date was read before the shortcut. */
  private static OffsetDateTime byTheParser(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.trim());
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(value.trim()).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
