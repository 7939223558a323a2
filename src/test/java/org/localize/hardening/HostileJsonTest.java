package org.localize.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.localize.testing.Cli;
import org.localize.testing.JsonBytes;
import org.localize.testing.TestFiles;
import org.localize.testing.XliffEdit;
import org.localize.testing.XliffSchema;

/**
 * Hostile and broken story JSON through {@code localize extract}: refused with exit 3, the file,
 * line, column (and JSON pointer where there is one) named, nothing written. And what JSON may hold
 * but XML 1.0 cannot (NUL, controls, lone surrogates), or what a double cannot (1e400), travels
 * through XLIFF and comes back byte for byte.
 *
 * <p>Big inputs are made here, never committed. The counts per class are in docs/hardening.md.
 */
class HostileJsonTest {
  static final String HEAD = "{\"id\": \"s\", \"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": [";

  @TempDir Path tmp;
  Path story;

  @BeforeEach
  void setUp() {
    story = tmp.resolve("story.json");
  }

  private Cli.Result extract(byte[] bytes) {
    TestFiles.write(story, bytes);
    return Cli.run("extract", story.toString(), "--target", "ru", "-o", tmp.resolve("out.xlf").toString());
  }

  private void assertRefused(byte[] bytes, String... fragments) {
    Cli.Result r = extract(bytes);
    Refusal.assertRefused(r, 3, fragments);
    assertEquals(List.of("story.json"), Refusal.tree(tmp), "nothing written, no temp file");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Arguments c(String name, byte[] bytes, String... fragments) {
    return Arguments.of(name, bytes, fragments);
  }

  // --- nesting

  static Stream<Arguments> deepNesting() {
    return Stream.of(
        c("arrays 100,000 deep", utf8(HEAD + "[".repeat(100_000) + "]".repeat(100_000) + "]}"),
            "story.json:1:", "(/blocks/0/0/0/", "nested deeper than 500 levels"),
        c("objects 100,000 deep", utf8(HEAD + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "]}"),
            "story.json:1:", "(/blocks/0/a/a/", "nested deeper than 500 levels"),
        c("arrays and objects 100,000 deep", utf8("{\"headline\": \"x\", \"blocks\": [], \"x\": " + "[{\"a\":".repeat(50_000)),
            "story.json:1:", "(/x/0/a/0/a/", "nested deeper than 500 levels"),
        c("501 levels, one past the limit", utf8("{\"headline\": \"x\", \"blocks\": [], \"x\": " + "[".repeat(500) + "]".repeat(500) + "}"),
            "story.json:1:", "(/x/0/0/", "nested deeper than 500 levels"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deepNesting")
  void deepNestingIsRefused(String name, byte[] bytes, String... fragments) {
    assertRefused(bytes, fragments);
  }

  @Test
  void fiveHundredLevelsAreStillAStory() {
    // The root object is level 1: 499 arrays inside it make 500 levels.
    byte[] bytes = utf8("{\"locale\": \"en\", \"headline\": \"x\", \"blocks\": [], \"x\": " + "[".repeat(499) + "]".repeat(499) + "}");
    Cli.Result r = extract(bytes);
    assertEquals(0, r.exit(), r::toString);
  }

  // --- sizes

  @Test
  void aHundredMegabyteStringIsRefusedWhereItStarts() {
    byte[] big = new byte[100 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    byte[] bytes = Refusal.concat(utf8("{\"blocks\": [],\n \"headline\": \""), big, utf8("\"}"));
    big = null;
    long start = System.nanoTime();
    assertRefused(bytes, "story.json:2:14 (/headline)", "a string is longer than 64 MiB");
    System.out.printf("hostile-json: 100 MiB string refused in %d ms%n", (System.nanoTime() - start) / 1_000_000);
  }

  @Test
  void aBadByteIsFoundAtItsOffsetWhereverItFallsInTheEightByteAsciiScan() {
    String head = "{\"headline\": \"" + "a".repeat(24) + "é"; // the check reads ASCII eight bytes at a time
    for (int k = 0; k < 20; k++) {
      byte[] before = utf8(head + "b".repeat(k));
      byte[] bytes = Refusal.concat(before, new byte[] {(byte) 0xFE}, utf8("\", \"blocks\": []}"));
      assertRefused(bytes, "story.json:1:" + (head.length() + k + 1) + ":", "invalid UTF-8 (byte 0xFE at offset " + before.length + ")");
    }
  }

  @Test
  void aLongMemberNameIsRefused() {
    assertRefused(utf8("{\"blocks\": [], \"headline\": \"x\", \"" + "k".repeat(60_000) + "\": 1}"),
        "story.json:1:", "a member name is longer than 50000 characters");
  }

  @Test
  void aTwentyThousandDigitNumberIsRefused() {
    assertRefused(utf8("{\"blocks\": [], \"headline\": \"x\", \"n\": " + "9".repeat(20_000) + "}"),
        "story.json:1:33 (/n)", "a number is longer than 10000 characters");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
    try (var raf = new java.io.RandomAccessFile(story.toFile(), "rw")) {
      raf.setLength(3L * 1024 * 1024 * 1024); // sparse: no disk used, never read
    }
    Cli.Result r = Cli.run("extract", story.toString(), "--target", "ru", "-o", tmp.resolve("out.xlf").toString());
    Refusal.assertRefused(r, 3, "story.json:", "story files larger than 256 MiB are refused");
    assertEquals(List.of("story.json"), Refusal.tree(tmp));
  }

  // --- duplicate keys, encodings, raw controls, trailing garbage, other malformed JSON

  static Stream<Arguments> malformed() {
    return Stream.of(
        c("duplicate key at the top", utf8("{\"headline\": \"a\", \"blocks\": [], \"headline\": \"b\"}"),
            "story.json:1:", "(/headline)", "Duplicate field 'headline'"),
        c("duplicate key in a block", utf8(HEAD + "{\"id\": \"p\", \"type\": \"paragraph\", \"text\": \"a\", \"text\": \"b\"}]}"),
            "(/blocks/0/text)", "Duplicate field 'text'"),
        c("duplicate key spelled with an escape", utf8("{\"headline\": \"a\", \"blocks\": [], \"head\\u006cine\": \"b\"}"),
            "(/headline)", "Duplicate field 'headline'"),
        c("duplicate key in an unknown object", utf8("{\"headline\": \"a\", \"blocks\": [], \"meta\": {\"x\": 1, \"x\": 2}}"),
            "(/meta/x)", "Duplicate field 'x'"),
        c("invalid UTF-8: a lone 0xFF", Refusal.concat(utf8("{\"headline\": \"a"), new byte[] {(byte) 0xFF}, utf8("\", \"blocks\": []}")),
            "story.json:1:16:", "invalid UTF-8 (byte 0xFF at offset 15)"),
        c("invalid UTF-8: overlong '/'", Refusal.concat(utf8("{\"headline\": \"a"), new byte[] {(byte) 0xC0, (byte) 0xAF}, utf8("\", \"blocks\": []}")),
            "story.json:1:16:", "invalid UTF-8 (byte 0xC0"),
        c("invalid UTF-8: an encoded surrogate (CESU-8)", Refusal.concat(utf8("{\"headline\": \"a"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8("\", \"blocks\": []}")),
            "story.json:1:16:", "invalid UTF-8 (byte 0xED"),
        c("invalid UTF-8: beyond U+10FFFF", Refusal.concat(utf8("{\"headline\": \"a"), new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, utf8("\", \"blocks\": []}")),
            "invalid UTF-8 (byte 0xF4"),
        c("invalid UTF-8: a lone continuation byte", Refusal.concat(utf8("{\"headline\": \"a"), new byte[] {(byte) 0x80}, utf8("\", \"blocks\": []}")),
            "invalid UTF-8 (byte 0x80"),
        c("invalid UTF-8: cut at the end of the file", Refusal.concat(utf8("{\"headline\": \"a\", \"blocks\": []} "), new byte[] {(byte) 0xE2, (byte) 0x80}),
            "invalid UTF-8 (byte 0xE2"),
        c("Latin-1 text", "{\"headline\": \"Café\", \"blocks\": []}".getBytes(StandardCharsets.ISO_8859_1),
            "story.json:1:18:", "invalid UTF-8 (byte 0xE9"),
        c("UTF-16LE with BOM", Refusal.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "{\"headline\": \"a\", \"blocks\": []}".getBytes(StandardCharsets.UTF_16LE)),
            "story.json:1:1:", "UTF-16 or UTF-32"),
        c("UTF-16LE without BOM", "{\"headline\": \"a\", \"blocks\": []}".getBytes(StandardCharsets.UTF_16LE),
            "story.json:1:1:", "UTF-16 or UTF-32"),
        c("UTF-16BE without BOM", "{\"headline\": \"a\", \"blocks\": []}".getBytes(StandardCharsets.UTF_16BE),
            "story.json:1:1:", "UTF-16 or UTF-32"),
        c("UTF-32BE without BOM", "{\"headline\": \"a\", \"blocks\": []}".getBytes(java.nio.charset.Charset.forName("UTF-32BE")),
            "story.json:1:1:", "UTF-16 or UTF-32"),
        c("raw NUL in a string", utf8("{\"headline\": \"a\u0000b\", \"blocks\": []}"),
            "story.json:1:16 (/headline)", "Illegal unquoted character"),
        c("raw control character in a string", utf8("{\"headline\": \"a\u0001b\", \"blocks\": []}"),
            "story.json:1:16 (/headline)", "Illegal unquoted character"),
        c("raw tab in a string", utf8("{\"headline\": \"a\tb\", \"blocks\": []}"),
            "story.json:1:16 (/headline)", "Illegal unquoted character"),
        c("an invalid \\u escape", utf8("{\"headline\": \"a\\uZZZZ\", \"blocks\": []}"),
            "story.json:1:", "(/headline)", "hex-digit"),
        c("trailing text", utf8("{\"headline\": \"a\", \"blocks\": []} garbage"),
            "story.json:1:33:", "unexpected content after the end of the JSON document"),
        c("a second document", utf8("{\"headline\": \"a\", \"blocks\": []}\n{\"headline\": \"b\", \"blocks\": []}"),
            "story.json:2:1:", "unexpected content after the end"),
        c("an extra closing brace", utf8("{\"headline\": \"a\", \"blocks\": []}}"),
            "story.json:1:32:", "unexpected content after the end"),
        c("a NUL byte after the document", utf8("{\"headline\": \"a\", \"blocks\": []}\u0000"),
            "story.json:1:32:", "unexpected content after the end"),
        c("truncated", utf8("{\"headline\": \"a\", \"blocks\": [{\"id\": "),
            "story.json:1:", "malformed JSON: Unexpected end-of-input"),
        c("empty", new byte[0], "story.json:1:1:", "the file is empty"),
        c("only whitespace", utf8(" \n\t\r\n"), "story.json:1:1:", "the file is empty"),
        c("only a byte order mark", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "story.json:1:1:", "the file is empty"),
        c("NaN", utf8("{\"headline\": \"a\", \"blocks\": [], \"n\": NaN}"), "(/n)", "Non-standard token 'NaN'; JSON does not allow it"),
        c("a comment", utf8("{\"headline\": \"a\", // no\n \"blocks\": []}"), "story.json:1:19", "JSON does not allow it"),
        c("single quotes", utf8("{'headline': 'a', \"blocks\": []}"), "story.json:1:2", "malformed JSON"),
        c("a trailing comma", utf8("{\"headline\": \"a\", \"blocks\": [],}"), "story.json:1:", "malformed JSON"),
        c("leading zeros", utf8("{\"headline\": \"a\", \"blocks\": [], \"n\": 007}"), "(/n)", "malformed JSON"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedJsonIsRefusedWithItsPlace(String name, byte[] bytes, String... fragments) {
    assertRefused(bytes, fragments);
  }

  // --- what XML 1.0 cannot carry, and numbers a double cannot hold: kept byte for byte

  static Stream<Arguments> keptByteExact() {
    return Stream.of(
        Arguments.of("lone high surrogate", "A\\ud800B"),
        Arguments.of("lone low surrogate", "A\\udc00B"),
        Arguments.of("surrogates in the wrong order", "\\udc00\\ud800"),
        Arguments.of("high surrogate at the end", "end \\uD83D"),
        Arguments.of("lone surrogates beside a real pair", "\\ud83d\\ude00\\ud83d \\ude00"),
        Arguments.of("NUL", "a\\u0000b"),
        Arguments.of("every C0 control", controls()),
        Arguments.of("DEL, U+FFFE and U+FFFF", "a\u007f\\ufffe\\uffff"),
        Arguments.of("short escapes", "\\b\\f\\n\\r\\t\\\"\\\\\\/"),
        Arguments.of("controls inside HTML", "<b>a\\u0001</b>\\u0002<br>\\ud800"));
  }

  private static String controls() {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < 0x20; c++) {
      sb.append(String.format("\\u%04x", c));
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keptByteExact")
  void charactersXmlCannotCarryComeBackUnchanged(String name, String escaped) throws Exception {
    String json = "{\"id\": \"s\", \"locale\": \"en\", \"headline\": \"" + escaped + "\", \"n\": 1e400,\n"
        + " \"blocks\": [{\"id\": \"p\", \"type\": \"paragraph\", \"text\": \"" + escaped + " x\"}]}\n";
    TestFiles.write(story, json);
    Path xlf = tmp.resolve("story.en-ru.xlf");
    Cli.Result r = Cli.run("extract", story.toString(), "--target", "ru", "-o", xlf.toString());
    assertEquals(0, r.exit(), r::toString);
    byte[] xliff = TestFiles.read(xlf);
    XliffSchema.assertValid(xliff, name + ": the XLIFF"); // the characters travel as placeholders

    // Untouched by the translator: the story comes back byte for byte (but its locale).
    Path same = TestFiles.write(tmp.resolve("same.xlf"), XliffEdit.of(xliff).copySourceToTarget("translated").bytes());
    Path out = tmp.resolve("out.json");
    // the checks would rightly call a copy of the source untranslated; this is about transport
    r = Cli.run("merge", story.toString(), same.toString(), "-o", out.toString(), "--no-checks");
    assertEquals(0, r.exit(), r::toString);
    assertArrayEquals(JsonBytes.withLocale(utf8(json), "ru"), TestFiles.read(out), name);

    // Translated around the placeholders: the same characters, at the same places.
    Path translated = TestFiles.write(tmp.resolve("ru.xlf"), XliffEdit.of(xliff).copySourceToTarget("translated")
        .eachTarget(t -> t.insertBefore(t.getOwnerDocument().createTextNode("Ы"), t.getFirstChild())).bytes());
    Files.delete(out);
    r = Cli.run("merge", story.toString(), translated.toString(), "-o", out.toString(), "--no-checks");
    assertEquals(0, r.exit(), r::toString);
    ObjectMapper m = new ObjectMapper();
    var before = m.readTree(utf8(json));
    var after = m.readTree(TestFiles.read(out));
    assertEquals("Ы" + before.get("headline").textValue(), after.get("headline").textValue(), name);
    assertEquals("Ы" + before.at("/blocks/0/text").textValue(), after.at("/blocks/0/text").textValue(), name);
    String text = TestFiles.readUtf8(out);
    assertEquals(true, text.contains("\"n\": 1e400,"), "1e400 as written");
  }

  static Stream<Arguments> storyIds() {
    return Stream.of("line\\r\\nbreak", "cr\\ronly", " padded ", "tab\\there", "\\u0001control", "lone \\ud800",
        "\\\"quoted\\\"", "back\\\\slash \\\\u0041", "", "\\ufffe").map(Arguments::of);
  }

  /** Found by the fuzzer: an id with a CR came back from XML as LF, and merge refused its own XLIFF. */
  @ParameterizedTest(name = "[{index}] id \"{0}\"")
  @MethodSource("storyIds")
  void storyIdsThatXmlWouldAlterStillMatchAtMerge(String escapedId) {
    String json = "{\"id\": \"" + escapedId + "\", \"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": []}";
    TestFiles.write(story, json);
    Path xlf = tmp.resolve("s.xlf");
    Cli.Result r = Cli.run("extract", story.toString(), "--target", "ru", "-o", xlf.toString());
    assertEquals(0, r.exit(), r::toString);
    XliffSchema.assertValid(TestFiles.read(xlf), escapedId);
    Path ru = TestFiles.write(tmp.resolve("ru.xlf"), XliffEdit.of(TestFiles.read(xlf)).copySourceToTarget("translated")
        .eachTarget(t -> t.setTextContent("Привет")).bytes());
    r = Cli.run("merge", story.toString(), ru.toString(), "-o", tmp.resolve("out.json").toString());
    assertEquals(0, r.exit(), r::toString);
  }

  static Stream<Arguments> numbers() {
    return Stream.of("1e400", "-1E-400", "0.1e+0010", "123456789012345678901234567890.000000000000000000001",
        "-0.0", "-0", "1E400", "4.9e-325", "9007199254740993", "1.0000000000000000000000001").map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numbers")
  void numbersAreKeptAsWritten(String number) throws Exception {
    String json = "{\"id\": \"s\", \"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": [], \"n\": " + number
        + ", \"a\": [" + number + ", {\"m\": " + number + "}]}";
    TestFiles.write(story, json);
    Path xlf = tmp.resolve("s.xlf");
    assertEquals(0, Cli.run("extract", story.toString(), "--target", "ru", "-o", xlf.toString()).exit());
    Path ru = TestFiles.write(tmp.resolve("ru.xlf"), XliffEdit.of(TestFiles.read(xlf)).copySourceToTarget("translated")
        .eachTarget(t -> t.setTextContent("Привет")).bytes());
    Path out = tmp.resolve("out.json");
    Cli.Result r = Cli.run("merge", story.toString(), ru.toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals(json.replace("\"en\"", "\"ru\"").replace("\"Hi\"", "\"Привет\""), TestFiles.readUtf8(out));
  }
}
