package org.localize.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.localize.Localizer;
import org.localize.fuzz.RoundTrip;
import org.localize.story.Extraction;
import org.localize.story.StoryReader;
import org.localize.testing.JsonBytes;
import org.localize.testing.XliffSchema;
import org.localize.unit.Content;
import org.localize.unit.Unit;

/**
 * Properties of the whole pipeline over generated stories ({@link StoryGenerator}):
 *
 * <ol>
 *   <li>every generated story is read, and its XLIFF is valid XLIFF 1.2 strict;
 *   <li>an untouched translation merges back to the story's bytes, but for the locale;
 *   <li>a pseudo-translation merges into a story that differs only inside string values, and
 *       extracting that story again gives exactly the pseudo-translated units.
 * </ol>
 *
 * <p>Plain JUnit with a seeded generator: {@code -Dlocalize.pbt.tries=N} (default 150) and
 * {@code -Dlocalize.pbt.seed=S} (default: random, printed) reproduce any run; a failure names the
 * seed and the story. No shrinking: the generator keeps stories small instead.
 */
class RoundTripPropertiesTest {
  static final int TRIES = Integer.getInteger("localize.pbt.tries", 150);
  static final long SEED = Long.getLong("localize.pbt.seed", new java.util.Random().nextLong());

  /** Runs {@code property} on TRIES stories; a failure is reported with the seed to repeat it. */
  private static void forAll(String name, Consumer<byte[]> property) {
    System.out.printf("property %s: %d tries, -Dlocalize.pbt.seed=%d%n", name, TRIES, SEED);
    for (int i = 0; i < TRIES; i++) {
      long seed = SEED + i;
      byte[] story = new StoryGenerator(seed).story();
      try {
        property.accept(story);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(name + " fails for -Dlocalize.pbt.seed=" + seed + " -Dlocalize.pbt.tries=1 on\n"
            + new String(story, StandardCharsets.UTF_8) + "\n" + e, e);
      }
    }
  }

  @Test
  void anUntouchedTranslationGivesBackTheStoryButItsLocale() {
    int[] units = {0};
    forAll("identity", story -> {
      RoundTrip.Result r = RoundTrip.run(story, source -> source);
      assertNotNull(r, "the generated story is read and merged");
      XliffSchema.assertValid(r.xliff(), "the XLIFF");
      assertArrayEquals(RoundTrip.withLocale(r.extraction(), r.target()), r.merged());
      units[0] += r.extraction().units().size();
    });
    assertTrue(units[0] >= TRIES, "the stories had units: " + units[0]);
  }

  @Test
  void aPseudoTranslationChangesOnlyStringsAndIsExtractedAgain() {
    forAll("pseudo-translation", story -> {
      RoundTrip.Result r = RoundTrip.run(story, RoundTripPropertiesTest::pseudo);
      assertNotNull(r, "the generated story is read and merged");
      assertEquals(JsonBytes.outsideStringValues(RoundTrip.withLocale(r.extraction(), r.target())),
          JsonBytes.outsideStringValues(r.merged()), "bytes outside string values");

      Extraction again = Localizer.extract(StoryReader.parse("merged.json", r.merged()), "story");
      Map<String, String> want = new TreeMap<>();
      for (Unit u : r.extraction().units()) {
        for (String p : u.pointers()) {
          want.put(p, pseudo(u.source()).signature());
        }
      }
      Map<String, String> got = new TreeMap<>();
      for (Unit u : again.units()) {
        for (String p : u.pointers()) {
          got.put(p, u.source().signature());
        }
      }
      assertEquals(want, got, "re-extracted units are the pseudo-translations");
    });
  }

  /** The source with "Ж " in front: valid in every format, and visibly translated. */
  static Content pseudo(Content source) {
    List<Content.Part> parts = new ArrayList<>();
    parts.add(new Content.Text("Ж "));
    parts.addAll(source.parts());
    return new Content(parts);
  }
}
