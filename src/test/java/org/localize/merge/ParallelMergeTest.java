package org.localize.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localize.Localizer;
import org.localize.diag.LocalizeException;
import org.localize.story.Extraction;
import org.localize.story.StoryReader;
import org.localize.unit.Content;
import org.localize.unit.Pseudo;
import org.localize.unit.Unit;
import org.localize.xliff.TranslationFile;
import org.localize.xliff.XliffDocument;
import org.localize.xliff.XliffOptions;
import org.localize.xliff.XliffReader;

/**
 * A story of {@link Merger#PARALLEL_FROM} units or more is merged on all cores: the units one by one
 * are the oracle. Random live blogs with every kind of unit merge refuses (missing, stale,
 * untranslated, broken codes) or keeps give the same merged bytes and texts, or the same problems in
 * the same order.
 */
class ParallelMergeTest {

  @Test
  void aLargeStoryMergesOnAllCoresAsUnitByUnit() {
    Random random = new Random(20261207);
    int refusedRuns = 0;
    int mergedRuns = 0;
    for (int run = 0; run < 24; run++) {
      int posts = 300 + random.nextInt(200);
      Extraction ex = Localizer.extract(StoryReader.parse("live.en.json", story(random, posts)), null);
      int faults = run % 3 == 0 ? 0 : 1 + random.nextInt(12);
      XliffDocument xliff = XliffReader.parse("live.en-ru.xlf", xliff(random, ex, faults));
      for (MergeOptions options : List.of(MergeOptions.DEFAULTS, new MergeOptions(MergeOptions.Required.TRANSLATED, true))) {
        String one = outcome(() -> Merger.merge(ex, xliff, null, options, Integer.MAX_VALUE));
        String all = outcome(() -> Merger.merge(ex, xliff, null, options, 1));
        assertEquals(one, all, "run " + run);
        if (one.startsWith("refused")) {
          refusedRuns++;
        } else {
          mergedRuns++;
        }
      }
    }
    assertTrue(refusedRuns >= 5 && mergedRuns >= 5, refusedRuns + " refused, " + mergedRuns + " merged");
  }

  private static String outcome(java.util.function.Supplier<MergeResult> merge) {
    try {
      MergeResult r = merge.get();
      StringBuilder sb = new StringBuilder("merged ").append(r.translatedPlaces()).append(' ').append(r.keptSource())
          .append(' ').append(new java.util.TreeMap<>(r.texts()));
      for (MergeResult.Translated t : r.translations()) {
        sb.append('\n').append(t);
      }
      return sb.append('\n').append(new String(r.bytes(), StandardCharsets.UTF_8)).toString();
    } catch (LocalizeException e) {
      return "refused " + e.kind() + " " + e.problems();
    }
  }

  private static byte[] story(Random random, int posts) {
    StringBuilder sb = new StringBuilder("{\"id\": \"live\", \"locale\": \"en\", \"headline\": \"A live blog\", \"blocks\": [");
    for (int i = 0; i < posts; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\": \"post-").append(i).append("\", \"type\": \"paragraph\", \"text\": \"");
      sb.append(switch (random.nextInt(4)) {
        case 0 -> "Post " + i + " with <a href=\\\"https://example.org/" + i + "\\\">a link</a> and <b>bold</b> words.";
        case 1 -> "Post " + i + " of plain text, said the minister on " + (1 + i % 28) + " June.";
        case 2 -> "Same text in several posts.";
        default -> "Post " + i + " \\\"quoted\\\" &mdash; with an entity<br>and a break.";
      }).append("\"}");
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The units translated (pseudo), and {@code faults} of them missing, stale, untranslated or with a code dropped. */
  private static byte[] xliff(Random random, Extraction ex, int faults) {
    List<TranslationFile.Entry> entries = new ArrayList<>();
    java.util.Set<Integer> faulty = new java.util.HashSet<>();
    while (faulty.size() < Math.min(faults, ex.units().size())) {
      faulty.add(random.nextInt(ex.units().size()));
    }
    for (int i = 0; i < ex.units().size(); i++) {
      Unit u = ex.units().get(i);
      Content translated = random.nextInt(10) == 0 ? u.source() : Pseudo.translate(u.source(), u.format(), "ru");
      if (!faulty.contains(i)) {
        entries.add(new TranslationFile.Entry(u, translated, "translated"));
        continue;
      }
      switch (random.nextInt(4)) {
        case 0 -> { } // missing
        case 1 -> entries.add(new TranslationFile.Entry(new Unit(u.id(), u.kind(), u.format(),
            Content.text("stale " + i), u.pointers(), u.notes(), u.maxLength()), translated, "translated"));
        case 2 -> entries.add(new TranslationFile.Entry(u, null, null));
        default -> {
          List<Content.Part> parts = new ArrayList<>(translated.parts());
          parts.removeIf(p -> p instanceof Content.Code c && c.kind() == Content.CodeKind.CLOSE);
          entries.add(new TranslationFile.Entry(u, new Content(parts), "translated"));
        }
      }
    }
    return Localizer.toXliff(new TranslationFile("live.en.json", ex.storyId(), "en", "ru", entries), XliffOptions.DEFAULTS);
  }
}
