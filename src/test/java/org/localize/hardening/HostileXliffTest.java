package org.localize.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Hostile and broken XLIFF through {@code localize merge}: entity attacks, files that are not
 * XLIFF 1.2, and XML that would lose characters. Each is refused with exit 3, a message naming the
 * file and the place, nothing written, and (for entity attacks) a secret file's content nowhere.
 *
 * <p>The counts per class are in {@code docs/hardening.md}; keep them in step when adding cases.
 */
class HostileXliffTest {
  static final Path FIXTURES = TestFiles.TEST_RESOURCES.resolve("merge/cat-tool");
  static final String PLAIN = TestFiles.readUtf8(FIXTURES.resolve("plain.en-ru.xlf"));
  static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  static final String FIRST_TARGET = "<target xml:lang=\"ru\" state=\"translated\">Мэр";

  @TempDir Path tmp;
  Path in;
  Path story;
  Path xliff;
  Path secret;
  String secretText;

  @BeforeEach
  void setUp() throws Exception {
    in = Files.createDirectories(tmp.resolve("in"));
    story = TestFiles.write(in.resolve("story.en.json"), TestFiles.read(FIXTURES.resolve("story.en.json")));
    xliff = in.resolve("translated.xlf");
    secretText = "SECRET-" + UUID.randomUUID();
    secret = TestFiles.write(tmp.resolve("secret.txt"), secretText + "\n");
  }

  private Cli.Result merge(byte[] bytes) {
    TestFiles.write(xliff, bytes);
    return Cli.run("merge", story.toString(), xliff.toString(), "-o", in.resolve("out.json").toString());
  }

  private void assertRefusedNothingWritten(Cli.Result r, String... fragments) {
    Refusal.assertRefused(r, 3, fragments);
    assertEquals(List.of("story.en.json", "translated.xlf"), Refusal.tree(in), "nothing written, no temp file");
    Refusal.assertNoLeak(r, tmp, secretText, secret);
  }

  /** The fixture with {@code prolog} between the XML declaration and the root, and {@code ref} in the first target. */
  static String withProlog(String prolog, String ref) {
    assertTrue(PLAIN.startsWith(DECL) && PLAIN.contains(FIRST_TARGET));
    return DECL + prolog + PLAIN.substring(DECL.length()).replace(FIRST_TARGET, FIRST_TARGET.replace(">Мэр", ">" + ref + "Мэр"));
  }

  // --- entity attacks: every one is refused at its DOCTYPE, before any entity is declared

  static Stream<Arguments> entityAttacks() {
    String file = "file://%s";
    return Stream.of(
        Arguments.of("external file entity in a target", "<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"" + file + "\">]>\n", "&xxe;"),
        Arguments.of("external file entity, public id", "<!DOCTYPE xliff [<!ENTITY xxe PUBLIC \"-//x//y\" \"" + file + "\">]>\n", "&xxe;"),
        Arguments.of("external parameter entity", "<!DOCTYPE xliff [<!ENTITY % p SYSTEM \"" + file + "\"> %p;]>\n", ""),
        Arguments.of("external DTD subset", "<!DOCTYPE xliff SYSTEM \"" + file + "\">\n", ""),
        Arguments.of("external DTD over http to this machine", "<!DOCTYPE xliff SYSTEM \"http://127.0.0.1:9/x.dtd\">\n", ""),
        Arguments.of("entity declared but unused", "<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"" + file + "\">]>\n", ""),
        Arguments.of("lower-case doctype", "<!doctype xliff [<!ENTITY xxe SYSTEM \"" + file + "\">]>\n", "&xxe;"),
        Arguments.of("DOCTYPE after a comment that mentions <xliff", "<!-- <xliff version=\"1.2\"> -->\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"" + file + "\">]>\n", "&xxe;"),
        Arguments.of("DOCTYPE after a processing instruction", "<?pi <xliff?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"" + file + "\">]>\n", "&xxe;"),
        Arguments.of("entity in an attribute value", "<!DOCTYPE xliff [<!ENTITY xxe \"x\">]>\n", ""),
        Arguments.of("internal entity used as text", "<!DOCTYPE xliff [<!ENTITY ok \"Мэр\">]>\n", "&ok;"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entityAttacks")
  void entityAttacksAreRefusedAtTheDoctype(String name, String prolog, String ref) {
    String text = withProlog(prolog.replace("%s", secret.toString()), ref);
    Cli.Result r = merge(TestFiles.utf8(text));
    assertRefusedNothingWritten(r, "translated.xlf:", "the file has a DOCTYPE", "remove it");
  }

  @Test
  void aDoctypeInUtf16WithBomIsRefusedToo() {
    String text = withProlog("<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file://" + secret + "\">]>\n", "&xxe;")
        .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    assertRefusedNothingWritten(merge(bytes), "translated.xlf:2:1", "the file has a DOCTYPE");
  }

  @Test
  void aDoctypeWithUtf8BomIsRefused() {
    String text = withProlog("<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file://" + secret + "\">]>\n", "&xxe;");
    assertRefusedNothingWritten(merge(TestFiles.withBom(TestFiles.utf8(text))), "translated.xlf:2:1", "the file has a DOCTYPE");
  }

  // --- billion laughs and its quadratic cousin: refused before any expansion, in milliseconds

  static Stream<Arguments> entityBombs() {
    StringBuilder laughs = new StringBuilder("<!DOCTYPE xliff [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
    }
    laughs.append("]>\n");
    String quadratic = "<!DOCTYPE xliff [<!ENTITY a \"" + "a".repeat(100_000) + "\">]>\n";
    return Stream.of(
        Arguments.of("billion laughs", laughs.toString(), "&lol9;"),
        Arguments.of("billion laughs, DOCTYPE behind a comment", "<!-- <xliff -->" + laughs, "&lol9;"),
        Arguments.of("quadratic blowup", quadratic, "&a;".repeat(20_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entityBombs")
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a speed claim: a refusal takes milliseconds
  void entityBombsAreRefusedBeforeExpansion(String name, String prolog, String ref) {
    byte[] bytes = TestFiles.utf8(withProlog(prolog, ref));
    long start = System.nanoTime();
    Cli.Result r = merge(bytes);
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("hostile-xliff: %s (%d bytes) refused in %d ms%n", name, bytes.length, ms);
    assertRefusedNothingWritten(r, "translated.xlf:", "the file has a DOCTYPE");
  }

  // --- not XLIFF 1.2

  private static Arguments c(String name, String text, String... fragments) {
    return Arguments.of(name, text, fragments);
  }

  static Stream<Arguments> notXliff12() {
    String v12 = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">";
    assertTrue(PLAIN.contains(v12));
    return Stream.of(
        c("HTML", DECL + "<html><body><p>Мэр</p></body></html>", "this is not XLIFF (the root element is <html>)"),
        c("TMX", DECL + "<tmx version=\"1.4\"><header/><body/></tmx>", "this is not XLIFF (the root element is <tmx>)"),
        c("the story JSON given as XLIFF", TestFiles.readUtf8(FIXTURES.resolve("story.en.json")), "malformed XML"),
        c("plain text", "Mayor says yes\n", "malformed XML"),
        c("empty file", "", "the file is empty"),
        c("only whitespace", "  \n\n", "the file is empty"),
        c("XLIFF 2.0", DECL + "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" trgLang=\"ru\">"
            + "<file id=\"f\"><unit id=\"u\"><segment><source>a</source><target>b</target></segment></unit></file></xliff>",
            // merge reads XLIFF 2 since the formats issue: this one is valid but not the story's
            "unit /headline (headline) of the story is missing from the XLIFF", "unit u is unknown to the story"),
        c("XLIFF 2.1", DECL + "<xliff version=\"2.1\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\"/>",
            "the XLIFF has no <file> element"),
        // XLIFF 1.1 itself is read (Xliff11Test); a version its namespace does not match is not
        c("version 1.1 in the 1.2 namespace", PLAIN.replace(v12, "<xliff version=\"1.1\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"),
            "expected XLIFF 1.2", "found version=\"1.1\""),
        c("version 1.2 without namespace", PLAIN.replace(v12, "<xliff version=\"1.2\">"), "in namespace none"),
        c("version 1.2 in another namespace", PLAIN.replace(v12, "<xliff version=\"1.2\" xmlns=\"urn:example:xliff\">"),
            "in namespace urn:example:xliff"),
        c("1.2 namespace without version", PLAIN.replace(v12, "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"),
            "found version=none"),
        c("1.2 namespace, version 2.0", PLAIN.replace(v12, "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"),
            "found version=\"2.0\""),
        c("no <file>", DECL + v12 + "</xliff>", "the XLIFF has no <file> element"),
        c("two <file>s", PLAIN.replace("</file>", "</file><file original=\"b\" source-language=\"en\" target-language=\"ru\" datatype=\"plaintext\"><body/></file>"),
            "more than one <file>"),
        c("no target-language", PLAIN.replace(" target-language=\"ru\"", ""), "has no target-language"),
        c("duplicate trans-unit ids", PLAIN.replace("id=\"lead\"", "id=\"headline\""), "is used twice"),
        c("truncated in the middle", PLAIN.substring(0, PLAIN.length() / 2), "malformed XML"),
        c("XML 1.1 with a control character", PLAIN.replace("version=\"1.0\"", "version=\"1.1\"").replace(">Мэр", ">&#x1;Мэр"),
            "the file is XML 1.1"),
        c("reference to NUL", PLAIN.replace(">Мэр", ">&#0;Мэр"), "translated.xlf:8:", "malformed XML"),
        c("reference to a control character", PLAIN.replace(">Мэр", ">&#x1;Мэр"), "translated.xlf:8:", "malformed XML"),
        c("reference to a lone surrogate", PLAIN.replace(">Мэр", ">&#xD800;Мэр"), "translated.xlf:8:", "malformed XML"),
        c("unknown entity without DOCTYPE", PLAIN.replace(">Мэр", ">&nbsp;Мэр"), "translated.xlf:8:", "malformed XML"),
        c("elements nested 100,000 deep", PLAIN.replace(">Мэр", ">" + "<g id=\"9\">".repeat(100_000) + "</g>".repeat(100_000) + "Мэр"),
            "malformed XML", "Element Depth"),
        c("200,000 attributes", PLAIN.replace("<trans-unit id=\"headline\"", "<trans-unit " + attributes(200_000) + " id=\"headline\""),
            "malformed XML", "Attribute limit"),
        c("legacy encoding declared", PLAIN.replace("encoding=\"UTF-8\"", "encoding=\"windows-1251\""),
            "the file is declared as windows-1251"));
  }

  private static String attributes(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("a").append(i).append("=\"x\" ");
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notXliff12")
  void filesThatAreNotXliff12AreRefused(String name, String text, String... fragments) {
    Cli.Result r = merge(TestFiles.utf8(text));
    String[] all = Stream.concat(Stream.of("translated.xlf:"), Stream.of(fragments)).toArray(String[]::new);
    assertRefusedNothingWritten(r, all);
  }

  @Test
  void binaryGarbageIsRefused() {
    byte[] garbage = new byte[4096];
    new java.util.Random(8).nextBytes(garbage);
    garbage[0] = 0;
    assertRefusedNothingWritten(merge(garbage), "translated.xlf:1:1", "this is not XLIFF");
  }

  @Test
  void utf16WithoutBomIsRefused() {
    assertRefusedNothingWritten(merge(PLAIN.getBytes(StandardCharsets.UTF_16LE)), "translated.xlf:1:1", "UTF-16 without a byte order mark");
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] bytes = TestFiles.utf8(PLAIN.replace("Мэр", "M\u00FFr"));
    for (int i = 0; i < bytes.length - 1; i++) {
      if ((bytes[i] & 0xFF) == 0xC3 && (bytes[i + 1] & 0xFF) == 0xBF) {
        bytes[i] = (byte) 0xFF; // a lone 0xFF byte
        bytes[i + 1] = 'x';
      }
    }
    assertRefusedNothingWritten(merge(bytes), "translated.xlf:", "is not valid UTF-8");
  }

  @Test
  void anInvalidByteIsNamedByItsOffset() {
    // the message says where the bad byte is, as the glossary and memory readers do
    byte[] bytes = TestFiles.utf8(PLAIN.replace("Мэр", "M\u00FFr"));
    int at = -1;
    for (int i = 0; i < bytes.length - 1; i++) {
      if ((bytes[i] & 0xFF) == 0xC3 && (bytes[i + 1] & 0xFF) == 0xBF) {
        bytes[i] = (byte) 0xFF;
        bytes[i + 1] = 'x';
        at = at < 0 ? i : at;
      }
    }
    assertRefusedNothingWritten(merge(bytes), "translated.xlf:byte " + at + ":", "is not valid UTF-8");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
    // A sparse file: 300 MiB long, no disk used, never read.
    try (var raf = new java.io.RandomAccessFile(xliff.toFile(), "rw")) {
      raf.setLength(300L * 1024 * 1024);
    }
    Cli.Result r = Cli.run("merge", story.toString(), xliff.toString(), "-o", in.resolve("out.json").toString());
    assertRefusedNothingWritten(r, "translated.xlf:", "XLIFF files larger than 256 MiB are refused");
  }
}
