package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * NumberReader.Spans answers "is this number inside a date" by a binary search over the dates'
 * starts and the furthest end up to each: the same answer as asking every date, for dates in any
 * order, nested, overlapping or touching.
 */
class NumberSpansTest {

  @Test
  void containAnswersWhatAskingEveryDateAnswers() {
    Random random = new Random(18);
    for (int round = 0; round < 20_000; round++) {
      List<DateMention> dates = new ArrayList<>();
      for (int k = random.nextInt(8); k > 0; k--) {
        int start = random.nextInt(60);
        dates.add(DateMention.weekday(start, start + 1 + random.nextInt(20), 1, start + 1, -1, true));
      }
      NumberReader.Spans spans = NumberReader.Spans.of(dates);
      assertEquals(dates.isEmpty(), spans.isEmpty());
      for (int q = 0; q < 20; q++) {
        int start = random.nextInt(80);
        int end = start + random.nextInt(10);
        boolean expected = dates.stream().anyMatch(d -> start >= d.start() && end <= d.end());
        assertEquals(expected, spans.contain(start, end), () -> dates + " [" + start + ", " + end + ")");
      }
    }
  }
}
