package org.localize.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;

/** Merge runs the checks of validate on what it would write, and refuses on errors unless --force. */
class MergeChecksTest {
  static final Path EXAMPLE = Path.of("examples/pyongyang-visit");

  @TempDir Path tmp;
  Path story;
  Path xliff;
  Path out;

  @BeforeEach
  void damagedTranslation() {
    story = TestFiles.write(tmp.resolve("story.en.json"), TestFiles.read(EXAMPLE.resolve("story.en.json")));
    String translated = new String(TestFiles.read(EXAMPLE.resolve("story.en-ru.xlf")), StandardCharsets.UTF_8);
    assertTrue(translated.contains("ранним утром в среду"));
    xliff = TestFiles.write(tmp.resolve("story.en-ru.xlf"), translated.replace("ранним утром в среду", "ранним утром во вторник"));
    out = tmp.resolve("story.ru.json");
  }

  @Test
  void anErrorOfTheChecksRefusesTheMergeAndNamesTheXliffUnit() {
    Cli.Result r = Cli.run("merge", story.toString(), xliff.toString(), "-o", out.toString());
    assertEquals(1, r.exit(), r::toString);
    assertTrue(r.stderr().contains(xliff + ":12: error: [dates.weekday] the source says Wednesday but the translation has вторник (/lead)"), r::toString);
    assertTrue(r.stderr().contains("merge refused: the checks found 1 error (above); fix the translation, or merge with --force"), r::toString);
    assertFalse(Files.exists(out));
    TestFiles.assertFolderHolds(tmp, "story.en-ru.xlf", "story.en.json");
  }

  @Test
  void forceWritesTheStoryAndStillPrintsTheFindings() {
    Cli.Result r = Cli.run("merge", story.toString(), xliff.toString(), "-o", out.toString(), "--force");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("[dates.weekday]"), r::toString);
    assertTrue(new String(TestFiles.read(out), StandardCharsets.UTF_8).contains("во вторник"));
  }

  @Test
  void noChecksSkipsThem() {
    Cli.Result r = Cli.run("merge", story.toString(), xliff.toString(), "-o", out.toString(), "--no-checks");
    assertEquals(0, r.exit(), r::toString);
    assertFalse(r.stderr().contains("[dates."), r::toString);
  }

  @Test
  void disablingTheCheckLetsTheMergeThrough() {
    Cli.Result r = Cli.run("merge", story.toString(), xliff.toString(), "-o", out.toString(), "--disable", "dates.weekday");
    assertEquals(0, r.exit(), r::toString);
  }

  @Test
  void aCleanTranslationMergesSilentlyWithTheChecksOn() {
    Cli.Result r = Cli.run("merge", EXAMPLE.resolve("story.en.json").toString(), EXAMPLE.resolve("story.en-ru.xlf").toString(), "-o", "-", "-g", "examples/newsroom-glossary.json");
    assertEquals(0, r.exit(), r::toString);
    assertArrayEquals(TestFiles.read(EXAMPLE.resolve("story.ru.json")), r.stdoutBytes());
    assertEquals("", r.stderr());
  }
}
