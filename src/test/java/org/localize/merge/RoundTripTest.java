package org.localize.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Corpus;
import org.localize.testing.JsonBytes;
import org.localize.testing.Steps;
import org.localize.testing.TestFiles;
import org.localize.testing.XliffEdit;

/**
 * Extract, copy every source into its target as "translated", merge: the result must be the input
 * byte for byte except for the locale value, over every story of the corpus in every byte-level
 * variant (LF/CRLF, BOM, minified, ASCII-escaped).
 */
class RoundTripTest {
  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> identityTranslationChangesOnlyTheLocale() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Corpus.Story story : Corpus.stories()) {
      for (Corpus.Variant variant : Corpus.variants()) {
        tests.add(DynamicTest.dynamicTest(story.name() + " [" + variant.name() + "]", () -> {
          Path dir = tmp.resolve(story.name().replaceAll("[^A-Za-z0-9.-]", "_") + "-" + variant.name());
          byte[] input = variant.apply().apply(story.bytes());
          Path storyFile = TestFiles.write(dir.resolve("story.json"), input);
          byte[] xliff = Steps.extract(storyFile, dir.resolve("story.xlf"), story.extractArgs());
          Path translated = Steps.writeXliff(dir.resolve("translated.xlf"),
              XliffEdit.of(xliff).copySourceToTarget("translated").bytes());
          byte[] merged = Steps.merge(storyFile, translated, dir.resolve("out.json"), "--no-checks");
          byte[] expected = JsonBytes.withLocale(input, story.target());
          assertEquals(new String(expected, StandardCharsets.UTF_8), new String(merged, StandardCharsets.UTF_8));
          assertEquals(java.util.HexFormat.of().formatHex(expected), java.util.HexFormat.of().formatHex(merged));
        }));
      }
    }
    return tests.stream();
  }
}
