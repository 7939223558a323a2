package org.localize.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.io.AtomicFiles;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;

/** Folders, globs and several targets through Main.run: one JVM, a broken story in the middle, the worst exit code. */
class BatchTest {
  @TempDir Path tmp;
  Path a;
  Path b;

  @BeforeEach
  void corpus() throws Exception {
    Path example = TestFiles.EXAMPLES.resolve("pyongyang-visit");
    a = Files.createDirectories(tmp.resolve("news/a"));
    b = Files.createDirectories(tmp.resolve("news/a/b"));
    Files.copy(example.resolve("story.en.json"), a.resolve("one.en.json"));
    Files.copy(example.resolve("story.en.json"), b.resolve("two.en.json"));
    TestFiles.write(b.resolve("broken.en.json"), "{\"locale\": \"en\", \"headline\": ");
  }

  @Test
  void extractsAFolderIntoSeveralLocalesPastABrokenStory() {
    Cli.Result r = Cli.run("extract", tmp.resolve("news").toString(), "--target", "ru,uk");
    assertEquals(3, r.exit(), r::toString); // the broken story: invalid input
    for (String f : new String[] {"a/one.en-ru.xlf", "a/one.en-uk.xlf", "a/b/two.en-ru.xlf", "a/b/two.en-uk.xlf"}) {
      assertTrue(Files.isRegularFile(tmp.resolve("news").resolve(f)), f);
    }
    assertTrue(r.stderr().contains("broken.en.json:1:"), r::toString);
    assertTrue(r.stderr().contains("localize: extract: 3 stories, 2 ok, 1 failed (exit 3)"), r::toString);
    assertFalse(r.stderr().contains("\r"), "no progress bar when stderr is not a terminal");
    assertEquals("", r.stdout());
    // the batch writes what single runs write
    Cli.Result single = Cli.run("extract", a.resolve("one.en.json").toString(), "--target", "ru", "-o", "-");
    assertArrayEquals(single.stdoutBytes(), TestFiles.read(a.resolve("one.en-ru.xlf")));
  }

  @Test
  void aQuotedGlobSkipsTranslationsAndQuietPrintsOnlyErrors() throws Exception {
    Files.copy(a.resolve("one.en.json"), a.resolve("one.ru.json")); // a translation: not a story for --target ru
    Cli.Result r = Cli.run("extract", tmp.resolve("news") + "/**.json", "--target", "ru", "--quiet");
    assertEquals(3, r.exit(), r::toString);
    assertFalse(Files.exists(a.resolve("one.ru-ru.xlf")));
    assertFalse(r.stderr().contains("wrote"), r::toString);
    assertTrue(r.stderr().contains("3 stories, 2 ok, 1 failed"), r::toString);
  }

  @Test
  void mergesAndValidatesEveryTranslationBesideItsStory() throws Exception {
    Path xliff = TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en-ru.xlf");
    Files.copy(xliff, a.resolve("one.en-ru.xlf"));
    Files.copy(xliff, b.resolve("two.en-ru.xlf"));
    Files.delete(b.resolve("broken.en.json"));
    Cli.Result m = Cli.run("merge", tmp.resolve("news").toString(), "--target", "ru");
    assertEquals(0, m.exit(), m::toString);
    assertArrayEquals(TestFiles.read(TestFiles.EXAMPLES.resolve("pyongyang-visit/story.ru.json")), TestFiles.read(b.resolve("two.ru.json")));
    assertTrue(m.stderr().contains("merge: 2 translations, 2 ok, 0 failed (exit 0)"), m::toString);

    Files.copy(TestFiles.EXAMPLES.resolve("pyongyang-visit/damaged.ru.json"), a.resolve("one.ru.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Cli.Result v = Cli.run("validate", tmp.resolve("news").toString(), "--target", "ru");
    assertEquals(1, v.exit(), v::toString); // the damaged translation has errors
    assertTrue(v.stdout().contains("== " + a.resolve("one.ru.json")), v::toString);
    assertTrue(v.stdout().contains("== " + b.resolve("two.ru.json")), v::toString);
    assertTrue(v.stderr().contains("validate: 2 translations, 1 ok, 1 failed (exit 1)"), v::toString);
  }

  @Test
  void aQuietBatchShowsTheWholeReportOfWhatFailsAndNothingOfWhatPasses() throws Exception {
    Path xliff = TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en-ru.xlf");
    Files.delete(b.resolve("broken.en.json"));
    // one.en-ru.xlf says 42 years where the story says 24: merge refuses it; two's merges
    String text = TestFiles.readUtf8(xliff);
    assertTrue(text.contains("за 24 года"));
    TestFiles.write(a.resolve("one.en-ru.xlf"), text.replace("за 24 года", "за 42 года"));
    Files.copy(xliff, b.resolve("two.en-ru.xlf"));
    Cli.Result single = Cli.run("merge", a.resolve("one.en.json").toString(), a.resolve("one.en-ru.xlf").toString(),
        "-o", tmp.resolve("single.ru.json").toString(), "--quiet");
    assertEquals(1, single.exit(), single::toString);
    Cli.Result m = Cli.run("merge", tmp.resolve("news").toString(), "--target", "ru", "--quiet");
    assertEquals(1, m.exit(), m::toString);
    // the refused story's report, warnings included, as a single run prints it; nothing of the other
    String report = single.stderr();
    assertTrue(report.contains("warning:") && report.contains("error:"), report);
    assertTrue(m.stderr().startsWith(report), () -> "batch:\n" + m.stderr() + "\nsingle:\n" + report);
    assertFalse(m.stderr().contains("two.en-ru.xlf"), m::toString);
    assertTrue(Files.exists(b.resolve("two.ru.json")));

    Files.copy(TestFiles.EXAMPLES.resolve("pyongyang-visit/damaged.ru.json"), a.resolve("one.ru.json"));
    Cli.Result alone = Cli.run("validate", a.resolve("one.ru.json").toString(), "--source", a.resolve("one.en.json").toString());
    Cli.Result v = Cli.run("validate", tmp.resolve("news").toString(), "--target", "ru", "--quiet");
    assertEquals(1, v.exit(), v::toString);
    assertEquals("== " + a.resolve("one.ru.json") + "\n" + alone.stdout(), v.stdout());
    Cli.Result loud = Cli.run("validate", tmp.resolve("news").toString(), "--target", "ru");
    assertTrue(loud.stdout().contains("== " + a.resolve("one.ru.json") + "\n" + alone.stdout()), loud::toString);
    assertTrue(loud.stdout().contains("== " + b.resolve("two.ru.json") + "\n"), loud::toString);
  }

  @Test
  void aBatchRefusesOneOutputFile() {
    Cli.Result r = Cli.run("extract", tmp.resolve("news").toString(), "--target", "ru,uk", "-o", tmp.resolve("x.xlf").toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.stderr().contains("-o/--output names one file"), r::toString);
  }

  @Test
  void aBatchRemovesStaleLeftoversOfItsOutputsOncePerFolderAndLeavesOthersAlone() throws Exception {
    Path xliff = TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en-ru.xlf");
    Files.copy(xliff, a.resolve("one.en-ru.xlf"));
    Files.delete(b.resolve("broken.en.json"));
    TestFiles.write(a.resolve("one.ru.json"), "EARLIER");
    FileTime old = FileTime.from(Instant.now().minus(AtomicFiles.STALE).minusSeconds(5));
    Path stale = TestFiles.write(a.resolve(".one.ru.json.k3x9q.tmp"), "half a fil");
    Files.setLastModifiedTime(stale, old);
    Path staleOfAnother = TestFiles.write(a.resolve(".one.en-ru.xlf.z01.tmp"), "half an xliff"); // its file exists
    Files.setLastModifiedTime(staleOfAnother, old);
    Path fresh = TestFiles.write(a.resolve(".one.ru.json.def456.tmp"), "another run, still writing");
    Path notOurs = TestFiles.write(a.resolve(".editor.swap.tmp"), "no file named editor.swap here");
    Files.setLastModifiedTime(notOurs, old);
    Path notOursEither = TestFiles.write(a.resolve(".one.ru.json.NOT-BASE36.tmp"), "another tool's");
    Files.setLastModifiedTime(notOursEither, old);

    Cli.Result m = Cli.run("merge", tmp.resolve("news").toString(), "--target", "ru", "--quiet");
    assertEquals(0, m.exit(), m::toString); // two.en.json has no translation beside it: no story to merge
    assertArrayEquals(TestFiles.read(TestFiles.EXAMPLES.resolve("pyongyang-visit/story.ru.json")), TestFiles.read(a.resolve("one.ru.json")));
    assertFalse(Files.exists(stale), "the stale leftover of an output is removed");
    assertFalse(Files.exists(staleOfAnother), "a stale temp file named after a file beside it is a leftover");
    assertTrue(Files.exists(fresh), "a young temp file may be another run's: kept");
    assertTrue(Files.exists(notOurs), "a temp file not named after a file beside it is not ours");
    assertTrue(Files.exists(notOursEither), "nor one whose random part is not ours");
  }

  @Test
  void fsyncFlushesEachOutputAndWritesTheSameBytes() throws Exception {
    Files.delete(b.resolve("broken.en.json"));
    Cli.Result plain = Cli.run("extract", tmp.resolve("news").toString(), "--target", "ru");
    assertEquals(0, plain.exit(), plain::toString);
    byte[] first = TestFiles.read(a.resolve("one.en-ru.xlf"));
    Cli.Result synced = Cli.run("extract", tmp.resolve("news").toString(), "--target", "ru", "--fsync");
    assertEquals(0, synced.exit(), synced::toString);
    assertArrayEquals(first, TestFiles.read(a.resolve("one.en-ru.xlf")));
    try (var s = Files.list(a)) {
      assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(), "no temp file left");
    }
  }
}
