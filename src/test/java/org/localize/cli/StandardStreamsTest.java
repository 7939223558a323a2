package org.localize.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;

/**
 * "-" for standard input and output on every command that reads or writes one file (issue 17):
 * what comes through the pipe is what the file gives, standard input is read once, an output
 * named after the input needs -o when the input is standard input, and "-" is never a file.
 */
class StandardStreamsTest {
  @TempDir Path tmp;

  private static final Path EXAMPLE = TestFiles.EXAMPLES.resolve("pyongyang-visit");
  private static final String GLOSSARY = TestFiles.EXAMPLES.resolve("newsroom-glossary.json").toString();
  private static final String PUBLISHED = "2024-06-19T05:30:00+03:00";

  private Path story;
  private Path xliff;
  private Path damaged;
  private byte[] storyBytes;
  private byte[] xliffBytes;

  @BeforeEach
  void copyTheExample() throws Exception {
    story = Files.copy(EXAMPLE.resolve("story.en.json"), tmp.resolve("story.en.json"));
    xliff = Files.copy(EXAMPLE.resolve("story.en-ru.xlf"), tmp.resolve("story.en-ru.xlf"));
    damaged = Files.copy(EXAMPLE.resolve("damaged.ru.json"), tmp.resolve("damaged.ru.json"));
    storyBytes = Files.readAllBytes(story);
    xliffBytes = Files.readAllBytes(xliff);
  }

  private static void assertExit(int exit, Cli.Result r) {
    assertEquals(exit, r.exit(), r::toString);
  }

  private static void assertUsage(Cli.Result r, String... fragments) {
    assertExit(2, r);
    assertEquals("", r.stdout());
    for (String f : fragments) {
      assertTrue(r.stderr().contains(f), () -> "stderr should say \"" + f + "\":\n" + r.stderr());
    }
  }

  private List<String> files() {
    return TestFiles.names(tmp);
  }

  // extract

  @Test
  void extractReadsAStoryFromStandardInputAndWritesWhereOSays() {
    Cli.Result fromFile = Cli.run("extract", story.toString(), "--target", "de", "-o", "-");
    assertExit(0, fromFile);
    Cli.Result piped = Cli.runWithInput(storyBytes, "extract", "-", "--target", "de", "-o", "-");
    assertExit(0, piped);
    // the same XLIFF, but for the name of the original, which standard input does not have
    assertEquals(fromFile.stdout().replace("original=\"story.en.json\"", "original=\"&lt;stdin>\""), piped.stdout());
    assertFalse(piped.stderr().contains("wrote"), piped::toString);

    Path out = tmp.resolve("piped.en-de.xlf");
    Cli.Result toFile = Cli.runWithInput(storyBytes, "extract", "-", "--target", "de", "-o", out.toString());
    assertExit(0, toFile);
    assertArrayEquals(piped.stdoutBytes(), TestFiles.read(out));
    assertTrue(toFile.stderr().contains("wrote " + out + " (21 units, en → de)"), toFile::toString);
  }

  @Test
  void extractFromStandardInputNeedsOBecauseThereIsNoNameToWriteBeside() {
    List<String> before = files();
    assertUsage(Cli.runWithInput(storyBytes, "extract", "-", "--target", "de"),
        "the story comes from standard input", "give -o FILE, or -o - for standard output");
    assertEquals(before, files(), "nothing written");
    assertUsage(Cli.runWithInput(storyBytes, "extract", "-", story.toString(), "--target", "de", "-o", "-"),
        "standard input (-) is extracted alone");
    assertUsage(Cli.runWithInput(storyBytes, "extract", "-", "--target", "de,uk", "-o", "-"), "into one --target");
  }

  @Test
  void aStoryOnStandardInputGetsItsFormatFromItsContentAndItsLocaleFromItOrAnOption() {
    byte[] ninjs = TestFiles.read(TestFiles.TEST_RESOURCES.resolve("formats/ninjs-3.1_iptc-newsinjson_007_multimedia.json"));
    Cli.Result detected = Cli.runWithInput(ninjs, "extract", "-", "--target", "de", "-o", tmp.resolve("n.xlf").toString());
    assertExit(0, detected);
    assertTrue(detected.stderr().contains("profile ninjs"), detected::toString);

    byte[] noLocale = TestFiles.utf8("{\"id\": \"s1\", \"headline\": \"Putin visits Pyongyang\", \"blocks\": []}");
    Cli.Result unsaid = Cli.runWithInput(noLocale, "extract", "-", "--target", "ru", "-o", "-");
    assertExit(3, unsaid);
    assertTrue(unsaid.stderr().contains("localize: <stdin>: the story does not say its locale"), unsaid::toString);
    assertTrue(unsaid.stderr().contains("--source-locale"), unsaid::toString);
    Cli.Result said = Cli.runWithInput(noLocale, "extract", "-", "--target", "ru", "--source-locale", "en", "-o", "-");
    assertExit(0, said);
    assertTrue(said.stdout().contains("source-language=\"en\" target-language=\"ru\""), said::toString);
  }

  @Test
  void badInputOnStandardInputIsNamedStdinWithItsPlace() {
    Cli.Result r = Cli.runWithInput(TestFiles.utf8("{\n  \"locale\": \"en\",\n  \"headline\": \"Hi\"\n  \"blocks\": []\n}\n"),
        "extract", "-", "--target", "ru", "-o", "-");
    assertExit(3, r);
    assertTrue(r.stderr().contains("localize: <stdin>:4:3 (/headline): malformed JSON"), r::toString);
    Cli.Result binary = Cli.runWithInput(new byte[] {'{', 0, 0, 1}, "extract", "-", "--target", "ru", "-o", "-");
    assertExit(3, binary);
    assertTrue(binary.stderr().contains("<stdin>: holds binary data"), binary::toString);
  }

  // merge

  @Test
  void mergeReadsTheStoryOrTheXliffFromStandardInput() {
    byte[] expected = TestFiles.read(EXAMPLE.resolve("story.ru.json"));
    Cli.Result storyPiped = Cli.runWithInput(storyBytes, "merge", "-", xliff.toString(), "-o", "-", "-g", GLOSSARY);
    assertExit(0, storyPiped);
    assertArrayEquals(expected, storyPiped.stdoutBytes());

    Cli.Result xliffPiped = Cli.runWithInput(xliffBytes, "merge", story.toString(), "-", "-g", GLOSSARY);
    assertExit(0, xliffPiped);
    Path merged = tmp.resolve("story.ru.json"); // named after the story and the XLIFF's target-language
    assertArrayEquals(expected, TestFiles.read(merged));
    assertTrue(xliffPiped.stderr().contains("wrote " + merged), xliffPiped::toString);
  }

  @Test
  void mergeOfAStoryFromStandardInputNeedsOAndStandardInputIsReadOnce() {
    List<String> before = files();
    assertUsage(Cli.runWithInput(storyBytes, "merge", "-", xliff.toString()), "the story comes from standard input", "-o");
    assertUsage(Cli.runWithInput(storyBytes, "merge", "-", "-", "-o", "-"),
        "standard input (-) can be read only once, but STORY.json and TRANSLATED.xlf are both '-'");
    assertUsage(Cli.runWithInput(storyBytes, "merge", "-", story.toString(), xliff.toString()), "standard input (-) is one file");
    assertEquals(before, files(), "nothing written");
  }

  // validate

  @Test
  void validateReadsATranslatedStoryOrItsSourceFromStandardInput() {
    Cli.Result fromFiles = Cli.run("validate", damaged.toString(), "-s", story.toString(), "-g", GLOSSARY);
    assertExit(1, fromFiles);
    Cli.Result targetPiped = Cli.runWithInput(TestFiles.read(damaged), "validate", "-", "-s", story.toString(), "-g", GLOSSARY);
    assertExit(1, targetPiped);
    assertEquals(fromFiles.stdout().replace(damaged.toString() + ":", "<stdin>:"), targetPiped.stdout());
    Cli.Result sourcePiped = Cli.runWithInput(storyBytes, "validate", damaged.toString(), "-s", "-", "-g", GLOSSARY);
    assertExit(1, sourcePiped);
    assertEquals(fromFiles.stdout(), sourcePiped.stdout());
  }

  @Test
  void validateTellsAnXliffOnStandardInputByItsContent() {
    Cli.Result r = Cli.runWithInput(xliffBytes, "validate", "-", "--published", PUBLISHED, "-g", GLOSSARY);
    assertExit(0, r);
    assertTrue(r.stdout().contains("0 errors, 0 warnings, 0 notes in 21 strings"), r::toString);
    Cli.Result json = Cli.runWithInput(TestFiles.read(damaged), "validate", "-", "-g", GLOSSARY);
    assertUsage(json, "validating a story needs the story it was translated from");
  }

  @Test
  void validateOutputDashIsStandardOutputAndNeverAFileNamedDash() {
    Path dash = TestFiles.PROJECT.resolve("-");
    assertFalse(Files.exists(dash));
    Cli.Result r = Cli.run("validate", damaged.toString(), "-s", story.toString(), "-g", GLOSSARY, "-o", "-", "--format", "json");
    assertExit(1, r);
    assertTrue(r.stdout().startsWith("{"), r::toString);
    assertFalse(Files.exists(dash), "validate -o - created a file named '-'");
  }

  @Test
  void validateAnnotatesToStandardOutputWhenTheReportGoesToAFile() {
    Path report = tmp.resolve("report.txt");
    Cli.Result r = Cli.run("validate", xliff.toString(), "--published", PUBLISHED, "-g", GLOSSARY, "--annotate", "-", "-o", report.toString());
    assertExit(0, r);
    assertTrue(r.stdout().startsWith("<?xml"), r::toString);
    assertTrue(TestFiles.readUtf8(report).contains("0 errors"), TestFiles.readUtf8(report));
    assertUsage(Cli.run("validate", xliff.toString(), "--annotate", "-"), "would both go to standard output");

    Path annotated = tmp.resolve("annotated.xlf");
    Cli.Result piped = Cli.runWithInput(xliffBytes, "validate", "-", "--published", PUBLISHED, "-g", GLOSSARY,
        "--annotate", annotated.toString());
    assertExit(0, piped);
    assertTrue(TestFiles.readUtf8(annotated).contains("<trans-unit id=\"headline\""), piped::toString);
  }

  @Test
  void validateReadsStandardInputOnce() {
    assertUsage(Cli.runWithInput(storyBytes, "validate", "-", "-s", "-"),
        "standard input (-) can be read only once, but TARGET.json|TRANSLATED.xlf and --source are both '-'");
    assertUsage(Cli.runWithInput(storyBytes, "validate", "-", damaged.toString()), "validate it alone");
  }

  // review

  @Test
  void reviewReadsEitherStoryFromStandardInput() {
    Cli.Result page = Cli.runWithInput(TestFiles.read(damaged), "review", story.toString(), "-", "-o", "-", "-g", GLOSSARY);
    assertExit(0, page);
    assertTrue(page.stdout().startsWith("<!DOCTYPE html>"), page::toString);
    assertUsage(Cli.runWithInput(TestFiles.read(damaged), "review", story.toString(), "-"),
        "the translation comes from standard input", "-o");
    Cli.Result source = Cli.runWithInput(storyBytes, "review", "-", damaged.toString(), "-g", GLOSSARY);
    assertExit(0, source);
    assertTrue(Files.isRegularFile(tmp.resolve("damaged.en-ru.review.html")), source::toString);
  }

  // pseudo

  @Test
  void pseudoReadsAStoryFromStandardInput() {
    Cli.Result fromFile = Cli.run("pseudo", story.toString(), "-o", "-");
    Cli.Result piped = Cli.runWithInput(storyBytes, "pseudo", "-", "-o", "-");
    assertExit(0, piped);
    assertArrayEquals(fromFile.stdoutBytes(), piped.stdoutBytes());
    assertUsage(Cli.runWithInput(storyBytes, "pseudo", "-"), "the story comes from standard input", "NAME.LOCALE.json");
  }

  // stats

  @Test
  void statsCountsAStoryOrAnXliffFromStandardInput() {
    Cli.Result fromFile = Cli.run("stats", story.toString());
    Cli.Result piped = Cli.runWithInput(storyBytes, "stats", "-");
    assertExit(0, piped);
    assertEquals(fromFile.stdout().replaceFirst("story.en.json", "<stdin>"), piped.stdout());
    Cli.Result xlf = Cli.runWithInput(xliffBytes, "stats", "-", "--format", "json");
    assertExit(0, xlf);
    assertTrue(xlf.stdout().contains("\"file\" : \"<stdin>\""), xlf::toString);
    assertTrue(xlf.stdout().contains("\"translated\" : {\n      \"units\" : 21"), xlf::toString);
    assertUsage(Cli.runWithInput(storyBytes, "stats", "-", story.toString()), "count it alone");
  }

  // tm

  @Test
  void tmImportsExportsAndCountsThroughStandardStreams() {
    Path memory = tmp.resolve("memory.tmx");
    Cli.Result fromXliff = Cli.runWithInput(xliffBytes, "tm", "import", "-", "--tm", memory.toString());
    assertExit(0, fromXliff);
    assertTrue(fromXliff.stderr().contains("added 21 new translations"), fromXliff::toString);

    Cli.Result exported = Cli.runWithInput(TestFiles.read(memory), "tm", "export", "--tm", "-", "-o", "-");
    assertExit(0, exported);
    assertTrue(exported.stdout().startsWith("<?xml") && exported.stdout().contains("<tmx version=\"1.4\">"), exported::toString);

    Path second = tmp.resolve("second.tmx");
    Cli.Result fromTmx = Cli.runWithInput(exported.stdoutBytes(), "tm", "import", "-", "--tm", second.toString());
    assertExit(0, fromTmx);
    Cli.Result stats = Cli.runWithInput(TestFiles.read(second), "tm", "stats", "--tm", "-", "--format", "json");
    assertExit(0, stats);
    assertTrue(stats.stdout().contains("\"file\" : \"<stdin>\"") && stats.stdout().contains("\"units\" : 21"), stats::toString);

    assertUsage(Cli.runWithInput(xliffBytes, "tm", "import", xliff.toString(), "--tm", "-"),
        "--tm: '-' (standard input) is not read here");
    assertUsage(Cli.runWithInput(xliffBytes, "tm", "import", "-", "-", "--tm", memory.toString()),
        "'-' is given 2 times as FILE.xlf|FILE.tmx");
  }

  // names

  @Test
  void namesReadsOneNameALineFromStandardInput() {
    Cli.Result one = Cli.run("names", "Кристина Кормилицына", "--lang", "ru", "--gender", "f");
    Cli.Result two = Cli.run("names", "Гавриил Григоров", "--lang", "ru", "--gender", "m");
    byte[] list = TestFiles.utf8("# the people of the example\nКристина Кормилицына\n\nГавриил Григоров\n");
    Cli.Result piped = Cli.runWithInput(list, "names", "-", "--lang", "ru", "--gender", "f");
    assertExit(0, piped);
    assertTrue(piped.stdout().startsWith("== Кристина Кормилицына\n" + one.stdout() + "\n== Гавриил Григоров\n"), piped::toString);
    Cli.Result json = Cli.runWithInput(list, "names", "-", "--lang", "ru", "--gender", "m", "--json");
    assertExit(0, json);
    assertTrue(json.stdout().startsWith("{\n  \"Кристина Кормилицына\": {"), json::toString);
    assertTrue(json.stdout().contains("\"Гавриил Григоров\": {\n    \"nominative\""), json::toString);
    assertTrue(two.stdout().contains("Гавриила Григорова"), two::toString);
    Cli.Result empty = Cli.runWithInput(TestFiles.utf8("\n# nobody\n"), "names", "-", "--lang", "ru");
    assertExit(3, empty);
    assertTrue(empty.stderr().contains("<stdin>: holds no name"), empty::toString);
  }

  // "-" where a command does not read standard input

  @Test
  void aDashForAnOptionThatReadsNoStandardInputIsRefusedNotTakenForAFile() {
    assertUsage(Cli.run("extract", story.toString(), "--target", "ru", "--previous", "-", "-o", "-"),
        "--previous: '-' (standard input) is not read here; give a file");
    assertUsage(Cli.run("merge", story.toString(), xliff.toString(), "--tm", "-"), "--tm: '-' (standard input) is not read here");
    assertUsage(Cli.run("validate", damaged.toString(), "-s", story.toString(), "--locales", "-"), "--locales: '-'");
    assertUsage(Cli.run("validate", damaged.toString(), "-s", story.toString(), "-g", "-"), "--glossary: '-'");
    assertUsage(Cli.run("extract", story.toString(), "--target", "ru", "--profile", "-", "-o", "-"), "--profile: '-'");
  }

  @Test
  void helpIsShownEvenWithDashes() {
    Cli.Result r = Cli.run("merge", "-", "-", "--help");
    assertExit(0, r);
    assertTrue(r.stdout().startsWith("Usage: localize merge"), r::toString);
  }

  @Test
  void mergeReadsAStoryAndAnXliffGivenAsPipesOnceEach() throws Exception {
    // bash's <(...) gives /dev/fd/N, a pipe: its bytes come once, so nothing may read ahead of the reader
    Path storyPipe = tmp.resolve("story.pipe");
    Path xliffPipe = tmp.resolve("xliff.pipe");
    for (Path p : List.of(storyPipe, xliffPipe)) {
      assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).start().waitFor(), "mkfifo");
    }
    Thread[] writers = {feed(storyPipe, storyBytes), feed(xliffPipe, xliffBytes)};
    Path out = tmp.resolve("piped.ru.json");
    // a reader that read ahead would wait for a writer that is gone: fail, do not hang
    Cli.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
        () -> Cli.run("merge", storyPipe.toString(), xliffPipe.toString(), "-o", out.toString(), "-q"));
    for (Thread w : writers) {
      w.join(10_000);
    }
    assertExit(0, r);
    Cli.Result plain = Cli.run("merge", story.toString(), xliff.toString(), "-o", "-", "-q");
    assertArrayEquals(plain.stdoutBytes(), Files.readAllBytes(out));
  }

  /** A thread that writes {@code bytes} into the pipe {@code fifo} once a reader opens it. */
  private static Thread feed(Path fifo, byte[] bytes) {
    Thread t = new Thread(() -> {
      try (java.io.OutputStream o = Files.newOutputStream(fifo)) {
        o.write(bytes);
      } catch (java.io.IOException e) {
        // the reader went away: the assertions say what happened
      }
    });
    t.setDaemon(true);
    t.start();
    return t;
  }
}
