package org.localize.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localize.unit.Content;
import org.localize.unit.TextFormat;
import org.localize.unit.Unit;
import org.localize.xliff.XliffDocument;
import org.localize.xliff.XliffUnit;

/**
 * A lookup that scores only the candidates sharing enough tokens with the unit (through the
 * postings of the folded tokens) finds what scoring every candidate of the previous version and the
 * memory finds: the same categories, scores, suggestions and their order, for random stories,
 * earlier versions and memories over a small vocabulary (so that sources share many words, in
 * several cases), at thresholds from 1 to 99.
 */
class LeverageIndexTest {
  private static final String[] WORDS = {"the", "The", "minister", "Minister", "said", "on", "Tuesday", "that", "Moscow",
      "MOSCOW", "and", "Berlin", "would", "sign", "agreements", ",", ".", "«", "»", "energy", "trade", "in", "2024", "5",
      "Kim", "Jong", "Un", "visit", "Pyongyang", "ёж", "Ёж"};
  private static final int[] THRESHOLDS = {1, 10, 30, 50, 75, 90, 99};

  @Test
  void findsWhatTheScanOfEveryCandidateFinds() {
    Random rnd = new Random(18);
    java.util.Map<Leverage.Category, Integer> seen = new java.util.EnumMap<>(Leverage.Category.class);
    int suggestions = 0;
    for (int round = 0; round < 400; round++) {
      List<XliffUnit> previous = new ArrayList<>();
      int units = rnd.nextInt(12);
      for (int i = 0; i < units; i++) {
        previous.add(new XliffUnit("u" + rnd.nextInt(15), null, text(rnd), text(rnd), "translated", rnd.nextBoolean(), i + 1,
            "paragraph", 0));
      }
      List<TmUnit> memory = new ArrayList<>();
      int entries = rnd.nextInt(40);
      for (int i = 0; i < entries; i++) {
        String story = rnd.nextInt(3) == 0 ? null : "s" + rnd.nextInt(3);
        String unit = rnd.nextInt(3) == 0 ? null : "u" + rnd.nextInt(15);
        Instant at = rnd.nextInt(4) == 0 ? null : Instant.ofEpochSecond(1_700_000_000L + rnd.nextInt(1000));
        memory.add(new TmUnit("en", "ru", text(rnd), text(rnd), story, unit, "translated", at, at));
      }
      List<Unit> story = new ArrayList<>();
      int n = 1 + rnd.nextInt(15);
      for (int i = 0; i < n; i++) {
        String id = "u" + rnd.nextInt(15);
        story.add(new Unit(id, "paragraph", TextFormat.TEXT, text(rnd), List.of("/" + id + "/" + i), List.of(), 0));
      }
      XliffDocument doc = new XliffDocument("old.xlf", "s0.json", "s0", "en", "ru", previous);
      int threshold = THRESHOLDS[rnd.nextInt(THRESHOLDS.length)];
      String storyId = rnd.nextInt(4) == 0 ? null : "s" + rnd.nextInt(3);
      XliffDocument old = rnd.nextBoolean() ? doc : null;
      Leverage indexed = new Leverage(storyId, "en", "ru", old, "old.xlf", new Memory(memory), "m.tmx",
          threshold);
      Leverage scan = new Leverage(storyId, "en", "ru", old, "old.xlf", new Memory(memory), "m.tmx",
          threshold);
      scan.indexed = false;
      int r = round;
      List<Leverage.Result> found = indexed.apply(story);
      assertEquals(scan.apply(story), found, () -> "round " + r + " at threshold " + threshold);
      for (Leverage.Result res : found) {
        seen.merge(res.category(), 1, Integer::sum);
        suggestions += res.entry().suggestions().size();
      }
    }
    // the comparison covered every kind of finding the fuzzy lookup decides, and suggestions by the hundred
    for (Leverage.Category c : List.of(Leverage.Category.NEW, Leverage.Category.CHANGED, Leverage.Category.EXACT,
        Leverage.Category.FUZZY)) {
      assertTrue(seen.getOrDefault(c, 0) > 10, () -> c + " seen " + seen);
    }
    assertTrue(suggestions > 500, "suggestions: " + suggestions);
  }

  /** A source or target of 0–14 words of the vocabulary, the later ones often those of the one before. */
  private static Content text(Random rnd) {
    int n = rnd.nextInt(15);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[rnd.nextInt(rnd.nextBoolean() ? 8 : WORDS.length)]);
    }
    return Content.text(sb.toString());
  }
}
