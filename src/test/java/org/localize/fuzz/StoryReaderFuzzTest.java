package org.localize.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.localize.diag.LocalizeException;
import org.localize.story.StoryReader;

/**
 * Coverage-guided fuzzing of the JSON side: {@link StoryReader#parse} must accept or refuse any
 * bytes with a {@link LocalizeException} of kind INPUT, never another exception; and whatever it
 * accepts as a story must make the whole round trip (extract, XLIFF, read back, identity merge)
 * back to its own bytes.
 *
 * <p>{@code mvn test} replays the seeds in {@code StoryReaderFuzzTestInputs/}; {@code bin/fuzz}
 * fuzzes. A crash found is saved there by Jazzer and so becomes a regression test.
 */
class StoryReaderFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void storyReader(byte[] data) {
    try {
      StoryReader.parse("fuzz.json", data);
    } catch (LocalizeException e) {
      assertEquals(LocalizeException.Kind.INPUT, e.kind(), e::getMessage);
      return;
    }
    RoundTrip.Result r = RoundTrip.run(data, source -> source);
    if (r != null) {
      assertArrayEquals(RoundTrip.withLocale(r.extraction(), r.target()), r.merged(), "identity merge");
    }
  }
}
