package org.localize.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.Steps;
import org.localize.testing.TestFiles;
import org.localize.testing.XliffSchema;

/** The published example: its translated XLIFF merges into exactly its Russian story. */
class ExampleMergeTest {
  static final Path EXAMPLE = TestFiles.EXAMPLES.resolve("pyongyang-visit");

  @TempDir Path tmp;

  @Test
  void theExampleXliffIsValidXliff12Strict() {
    XliffSchema.assertValid(TestFiles.read(EXAMPLE.resolve("story.en-ru.xlf")), "examples/pyongyang-visit/story.en-ru.xlf");
  }

  @Test
  void mergingTheRussianXliffGivesExactlyTheRussianStory() {
    byte[] merged = Steps.merge(EXAMPLE.resolve("story.en.json"), EXAMPLE.resolve("story.en-ru.xlf"), tmp.resolve("story.ru.json"));
    byte[] expected = TestFiles.read(EXAMPLE.resolve("story.ru.json"));
    assertEquals(new String(expected, StandardCharsets.UTF_8), new String(merged, StandardCharsets.UTF_8));
    assertArrayEquals(expected, merged);
  }

  @Test
  void mergeToStdoutPrintsTheSameBytesAndNothingElse() {
    Cli.Result r = Cli.run("merge", EXAMPLE.resolve("story.en.json").toString(), EXAMPLE.resolve("story.en-ru.xlf").toString(), "-o", "-");
    assertEquals(0, r.exit(), r::toString);
    assertArrayEquals(TestFiles.read(EXAMPLE.resolve("story.ru.json")), r.stdoutBytes());
  }

  @Test
  void mergeWritesBesideTheStoryByDefaultAndSaysSo() {
    Path story = TestFiles.write(tmp.resolve("story.en.json"), TestFiles.read(EXAMPLE.resolve("story.en.json")));
    Path xliff = TestFiles.write(tmp.resolve("story.en-ru.xlf"), TestFiles.read(EXAMPLE.resolve("story.en-ru.xlf")));
    // with the example newsroom's glossary, as the README runs it: every name is known, nothing to note
    Cli.Result r = Cli.run("merge", story.toString(), xliff.toString(), "-g", "examples/newsroom-glossary.json");
    assertEquals(0, r.exit(), r::toString);
    assertArrayEquals(TestFiles.read(EXAMPLE.resolve("story.ru.json")), TestFiles.read(tmp.resolve("story.ru.json")));
    assertEquals("localize: wrote " + tmp.resolve("story.ru.json") + " (27 strings translated); language ru written at /locale\n", r.stderr());
    TestFiles.assertFolderHolds(tmp, "story.en-ru.xlf", "story.en.json", "story.ru.json");
  }
}
