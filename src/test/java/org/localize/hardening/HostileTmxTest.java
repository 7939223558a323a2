package org.localize.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;
import org.localize.tm.Memory;
import org.localize.tm.TmUnit;
import org.localize.tm.Tmx;
import org.localize.unit.Content;
import org.localize.unit.Content.CodeKind;

/**
 * The translation memory (issue 15, case 6 and the TMX messages): a TMX is read in the encoding it
 * declares and never through U+FFFD; a DOCTYPE is skipped, never read, so entities it declares are
 * refused with what to write instead; whatever is wrong with a memory is refused with its place,
 * by every command that reads one, and the memory is left as it was.
 */
class HostileTmxTest {
  static final Path STORY = TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en.json");
  static final Path XLIFF = TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en-ru.xlf");
  static final String HEADER = "<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\""
      + " o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\n";
  static final String TU = "<tu><tuv xml:lang=\"en\"><seg>%s</seg></tuv><tuv xml:lang=\"ru\"><seg>%s</seg></tuv></tu>\n";
  static final String END = "</body></tmx>\n";

  @TempDir Path tmp;
  Path memory;
  Path secret;
  String secretText;

  @BeforeEach
  void setUp() {
    memory = tmp.resolve("memory.tmx");
    secretText = "SECRET-" + UUID.randomUUID();
    secret = TestFiles.write(tmp.resolve("secret.txt"), secretText + "\n");
  }

  static String tmx(String prolog, String source, String target) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog + HEADER + String.format(TU, source, target) + END;
  }

  // --- encodings: the declared one, strictly

  @Test
  void aMemoryDeclaredIso88591IsReadInIt() {
    String text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + HEADER
        + String.format(TU, "Café au lait, señor", "Café au lait, señor!") + END;
    TestFiles.write(memory, text.getBytes(StandardCharsets.ISO_8859_1));
    Memory m = Tmx.read(memory);
    assertEquals("Café au lait, señor", m.units().get(0).source().plainText());
    // and merge --tm writes it back (as UTF-8) with é intact
    Cli.Result r = Cli.run("merge", STORY.toString(), XLIFF.toString(), "-o", tmp.resolve("out.json").toString(),
        "--tm", memory.toString(), "--no-checks");
    assertEquals(0, r.exit(), r::toString);
    String written = TestFiles.readUtf8(memory);
    assertTrue(written.contains("<seg>Café au lait, señor</seg>"), written);
    assertTrue(!written.contains("\uFFFD"), "no replacement character");
  }

  @Test
  void windows1252AndKoi8rAreReadAsDeclared() {
    for (String cs : List.of("windows-1252", "KOI8-R", "UTF-16")) {
      String seg = cs.equals("KOI8-R") ? "Привет" : "“Quoted” – dash";
      String text = "<?xml version=\"1.0\" encoding=\"" + cs + "\"?>\n" + HEADER + String.format(TU, seg, seg) + END;
      byte[] bytes = text.getBytes(Charset.forName(cs));
      assertEquals(seg, Tmx.parse("m.tmx", bytes).units().get(0).source().plainText(), cs);
    }
  }

  static Stream<Arguments> wrongEncodings() {
    return Stream.of(
        Arguments.of("Latin-1 bytes in a file that says nothing (UTF-8)",
            ("<?xml version=\"1.0\"?>\n" + HEADER + String.format(TU, "Café", "Café") + END).getBytes(StandardCharsets.ISO_8859_1),
            "is not valid UTF-8"),
        Arguments.of("Latin-1 bytes in a file declared UTF-8",
            tmx("", "Café", "Café").getBytes(StandardCharsets.ISO_8859_1), "is not valid UTF-8"),
        Arguments.of("a byte windows-1252 leaves undefined",
            Refusal.concat(("<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n" + HEADER + "<tu><tuv xml:lang=\"en\"><seg>a").getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x81}, ("</seg></tuv><tuv xml:lang=\"ru\"><seg>b</seg></tuv></tu>" + END).getBytes(StandardCharsets.US_ASCII)),
            "is not valid windows-1252 (the encoding it declares)"),
        Arguments.of("an encoding nobody knows", tmx("", "a", "b").replace("UTF-8", "X-NO-SUCH").getBytes(StandardCharsets.UTF_8),
            "declares the encoding X-NO-SUCH, which is unknown here"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongEncodings")
  void aWrongEncodingIsRefusedNotReplacedByU_FFFD(String name, byte[] bytes, String fragment) {
    assertEveryCommandRefuses(bytes, fragment);
  }

  // --- DOCTYPEs and entities

  @Test
  void aDoctypeIsSkippedWhateverItHolds() {
    for (String prolog : List.of("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n",
        "<!DOCTYPE tmx PUBLIC \"-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN\" \"tmx14.dtd\" >\n",
        "<!DOCTYPE tmx [ <!ENTITY % a \"]\"> <!ENTITY b \"<x>\"> ]>\n", // a ']' and a '>' inside: the old regex broke on them
        "<!-- <!DOCTYPE in a comment --><!DOCTYPE tmx>\n",
        "<!DOCTYPE tmx SYSTEM \"http://127.0.0.1:9/tmx14.dtd\">\n")) { // never fetched
      TestFiles.write(memory, tmx(prolog, "one", "один"));
      Cli.Result r = Cli.run("tm", "stats", "--tm", memory.toString());
      assertEquals(0, r.exit(), () -> prolog + r);
      assertTrue(r.stdout().contains("en → ru"), r::toString);
    }
  }

  static Stream<Arguments> entities() {
    return Stream.of(
        Arguments.of("&nbsp; right at the start of a segment", tmx("", "&nbsp;one", "один"),
            new String[] {"memory.tmx:3:", "the TMX uses the entity &nbsp;, which XML does not know", "write &#160;"}),
        // the parser reads text lazily: this one used to escape as a WstxLazyException with a stack trace
        Arguments.of("&nbsp; after text", tmx("", "one&nbsp;two", "один"),
            new String[] {"memory.tmx:3:", "the entity &nbsp;", "write &#160;"}),
        Arguments.of("&nbsp; declared by the DOCTYPE", tmx("<!DOCTYPE tmx [<!ENTITY nbsp \"&#160;\">]>\n", "one&nbsp;two", "один"),
            new String[] {"the entity &nbsp;, which only its DOCTYPE could declare", "without DTDs"}),
        Arguments.of("an unknown entity", tmx("", "one", "один&zzz;"), new String[] {"the entity &zzz;", "a character reference"}),
        Arguments.of("a reference to a control character", tmx("", "one", "од&#1;ин"),
            new String[] {"a character reference to U+0001, which XML 1.0 cannot carry"}),
        Arguments.of("a raw control character", tmx("", "one", "од\u0001ин"),
            new String[] {"the character U+0001, which XML 1.0 cannot carry"}),
        Arguments.of("billion laughs", tmx("<!DOCTYPE tmx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>\n", "&d;", "x"),
            new String[] {"the entity &d;"}),
        Arguments.of("100,000 nested elements", tmx("", "<hi>".repeat(100_000) + "x" + "</hi>".repeat(100_000), "y"),
            new String[] {"malformed TMX", "Depth"}),
        Arguments.of("not TMX", "<?xml version=\"1.0\"?><xliff/>", new String[] {"this is not TMX (the root element is <xliff>)"}),
        Arguments.of("no header", "<tmx version=\"1.4\"><body/></tmx>", new String[] {"has no <header srclang"}),
        Arguments.of("empty", "", new String[] {"memory.tmx"}),
        Arguments.of("truncated", tmx("", "one", "один").substring(0, 250), new String[] {"malformed TMX"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entities")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void brokenMemoriesAreRefusedByEveryCommand(String name, String text, String[] fragments) {
    assertEveryCommandRefuses(text.getBytes(StandardCharsets.UTF_8), fragments);
  }

  @Test
  void anExternalEntityReadsNoFile() {
    String prolog = "<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"file://" + secret + "\">]>\n";
    assertEveryCommandRefuses(tmx(prolog, "one &xxe;", "один").getBytes(StandardCharsets.UTF_8), "the entity &xxe;");
  }

  /** The devices a mistyped path can name: refused at once, not read until the memory runs out. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void devicesAreRefused() {
    for (String device : List.of("/dev/zero", "/dev/urandom")) {
      if (!Files.exists(Path.of(device))) {
        continue;
      }
      Cli.Result r = Cli.run("tm", "stats", "--tm", device);
      Refusal.assertRefused(r, 3, device + ": holds binary data");
    }
  }

  /**
   * The memory is refused by each command that reads it (merge --tm, extract --tm, stats --tm, tm
   * import, export and stats), exit 3, one message, and no file changes: not the memory, and no
   * output.
   */
  void assertEveryCommandRefuses(byte[] bytes, String... fragments) {
    TestFiles.write(memory, bytes);
    Path out = tmp.resolve("out");
    List<String[]> commands = List.of(
        new String[] {"merge", STORY.toString(), XLIFF.toString(), "-o", out + ".json", "--tm", memory.toString(), "--no-checks"},
        new String[] {"extract", STORY.toString(), "--target", "ru", "-o", out + ".xlf", "--tm", memory.toString()},
        new String[] {"stats", STORY.toString(), "--target", "ru", "--tm", memory.toString()},
        new String[] {"tm", "import", memory.toString(), "--tm", out + ".tmx"},
        new String[] {"tm", "import", XLIFF.toString(), "--tm", memory.toString()},
        new String[] {"tm", "export", "--tm", memory.toString(), "-o", out + ".tmx"},
        new String[] {"tm", "stats", "--tm", memory.toString()});
    for (String[] c : commands) {
      Cli.Result r = Cli.run(c);
      Refusal.assertRefused(r, 3, fragments);
      assertTrue(r.stderr().contains(memory.toString()), () -> "names the memory: " + r);
      assertArrayEquals(bytes, TestFiles.read(memory), "the memory is left as it was: " + String.join(" ", c));
      assertEquals(List.of("memory.tmx", "secret.txt"), Refusal.tree(tmp), "nothing written: " + String.join(" ", c));
      Refusal.assertNoLeak(r, tmp, secretText, secret);
    }
  }

  // --- what the writer writes comes back

  @Test
  void charactersXmlCannotCarryComeBackFromTheMemory() {
    Content source = new Content(List.of(new Content.Text("a"), new Content.Code(CodeKind.PLACEHOLDER, 1, "x-char", "\u0001", "U+0001"),
        new Content.Text("b"), new Content.Code(CodeKind.PLACEHOLDER, 2, "x-char", "\uD800", "U+D800")));
    Content target = new Content(List.of(new Content.Text("а"), new Content.Code(CodeKind.PLACEHOLDER, 1, "x-char", "\u0001", "U+0001"),
        new Content.Text("б"), new Content.Code(CodeKind.PLACEHOLDER, 2, "x-char", "\uD800", "U+D800")));
    Instant t = Instant.parse("2024-06-19T02:30:00Z");
    byte[] written = Tmx.write(List.of(new TmUnit("en", "ru", source, target, "s", "u", "translated", t, t)), Tmx.Flavor.STANDARD);
    String xml = new String(written, StandardCharsets.UTF_8);
    assertTrue(xml.contains("<ph x=\"1\" type=\"x-char\">\\u0001</ph>"), xml);
    TmUnit back = Tmx.parse("m.tmx", written).units().get(0);
    assertEquals(source.toOriginal(), back.source().toOriginal());
    assertEquals(target.toOriginal(), back.target().toOriginal());
  }

  @Test
  void aPairKeepsItsTypeOnBothHalves() {
    Content c = new Content(List.of(new Content.Code(CodeKind.OPEN, 1, "bold", "<b>", "<b>"), new Content.Text("x"),
        new Content.Code(CodeKind.CLOSE, 1, "bold", "</b>", "</b>")));
    Instant t = Instant.parse("2024-06-19T02:30:00Z");
    TmUnit u = new TmUnit("en", "ru", c, c, null, null, null, t, t);
    TmUnit back = Tmx.parse("m.tmx", Tmx.write(List.of(u), Tmx.Flavor.STANDARD)).units().get(0);
    assertEquals(u, back, "the <ept> has no type attribute; it takes its <bpt>'s");
  }
}
