package org.localize.updates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.Steps;
import org.localize.testing.TestFiles;

/** The new error paths: a missing, malformed or foreign previous XLIFF or memory is exit 3, with file and place. */
class UpdateErrorsTest {
  @TempDir static Path shared;
  static Path previous;
  static String previousXml;
  @TempDir Path tmp;

  @BeforeAll
  static void translateVersionOne() {
    byte[] v1 = Steps.extract(Translator.V1, shared.resolve("v1.xlf"), List.of("--target", "ru"));
    previous = Steps.writeXliff(shared.resolve("v1.en-ru.xlf"), Translator.translate(v1));
    previousXml = TestFiles.readUtf8(previous);
  }

  private Cli.Result extract(String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("extract", Translator.V2.toString(), "--target", "ru", "-o",
        tmp.resolve("out.xlf").toString()));
    args.addAll(List.of(options));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertTrue(Files.notExists(tmp.resolve("out.xlf")), "nothing written");
    return r;
  }

  private static void assertFails(int exit, String expected, Cli.Result r) {
    assertEquals(exit, r.exit(), r::toString);
    assertTrue(r.stderr().contains(expected), "expected «" + expected + "» in\n" + r.stderr());
  }

  private Path file(String name, String content) {
    return TestFiles.write(tmp.resolve(name), content);
  }

  @Test
  void aMissingPreviousXliff() {
    Path missing = tmp.resolve("missing.xlf");
    assertFails(3, "localize: " + missing + ": no such file", extract("--previous", missing.toString()));
  }

  @Test
  void aMalformedPreviousXliffIsNamedWithItsPlace() {
    Path broken = file("broken.xlf", previousXml.replaceFirst("</trans-unit>", "</trans-unt>"));
    Cli.Result r = extract("--previous", broken.toString());
    assertEquals(3, r.exit(), r::toString);
    assertTrue(r.stderr().matches("(?s)localize: " + java.util.regex.Pattern.quote(broken.toString()) + ":\\d+:\\d+: malformed XML: .*"), r.stderr());
  }

  @Test
  void aPreviousXliffOfAnotherLanguagePair() {
    Path german = file("v1.en-de.xlf", previousXml.replace("target-language=\"ru\"", "target-language=\"de\"")
        .replace("xml:lang=\"ru\"", "xml:lang=\"de\""));
    assertFails(3, german + ": the previous XLIFF translates en → de, not en → ru", extract("--previous", german.toString()));
  }

  @Test
  void aPreviousXliffOfAnotherStory() {
    Path other = file("other.xlf", previousXml.replace("localize story: 2024-06-19-north-korea-welcomes-putin", "localize story: another"));
    assertFails(3, "the previous XLIFF belongs to the story \"another\"", extract("--previous", other.toString()));
  }

  @Test
  void aMissingMemory() {
    Path missing = tmp.resolve("memory.tmx");
    assertFails(3, missing + ": no such file; merge --tm creates it", extract("--tm", missing.toString()));
  }

  @Test
  void aMalformedMemoryIsNamedWithItsLine() {
    Path broken = file("memory.tmx", "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body>\n"
        + "<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv>\n<tuv xml:lang=\"ru\"><seg>б</sag></tuv></tu>\n</body></tmx>\n");
    assertFails(3, broken + ":6:", extract("--tm", broken.toString()));
    assertFails(3, "malformed TMX", extract("--tm", broken.toString()));
  }

  @Test
  void aMemoryThatIsNotTmxOrHasABadDate() {
    Path xliff = file("memory.tmx", previousXml);
    assertFails(3, xliff + ":1: this is not TMX (the root element is <xliff>)", extract("--tm", xliff.toString()));
    Path date = file("dated.tmx", "<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n<tu changedate=\"yesterday\">"
        + "<tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"ru\"><seg>б</seg></tuv></tu></body></tmx>");
    assertFails(3, date + ":2: the changedate \"yesterday\" is not a TMX date", extract("--tm", date.toString()));
  }

  @Test
  void aMemoryOfAnotherSourceLanguage() {
    Path german = file("de.tmx", "<tmx version=\"1.4\"><header srclang=\"de\"/><body>"
        + "<tu><tuv xml:lang=\"de\"><seg>Hallo</seg></tuv><tuv xml:lang=\"ru\"><seg>Привет</seg></tuv></tu></body></tmx>");
    assertFails(3, german + ": the memory's source language is de, not en", extract("--tm", german.toString()));
  }

  @Test
  void aFuzzyThresholdOutOfRange() {
    assertFails(2, "--fuzzy: expected a score from 1 to 99, not 100", extract("--previous", previous.toString(), "--fuzzy", "100"));
  }

  @Test
  void mergeWithABrokenMemoryWritesNothing() {
    Path broken = file("memory.tmx", "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu>");
    Path out = tmp.resolve("v1.ru.json");
    Cli.Result r = Cli.run("merge", Translator.V1.toString(), previous.toString(), "-o", out.toString(), "--tm", broken.toString(), "--no-checks");
    assertFails(3, broken + ":1:", r);
    assertTrue(Files.notExists(out), "no story written");
    assertArrayEquals(TestFiles.utf8("<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu>"), TestFiles.read(broken), "the memory is untouched");
  }

  @Test
  void statsWithAMemoryNeedsATarget() {
    Path memory = file("m.tmx", "<tmx version=\"1.4\"><header srclang=\"en\"/><body></body></tmx>");
    assertFails(2, "--tm: give the target locale with --target", Cli.run("stats", Translator.V2.toString(), "--tm", memory.toString()));
  }
}
