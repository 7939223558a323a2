package org.localize.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.localize.unit.HtmlTags;

/**
 * Input that is deep or long where it should be shallow or short (issue 15, case 8): no parser
 * recurses once per level, attribute or comment of its input, so none ends in a StackOverflowError;
 * what a reader caps is refused with its place. And the encodings and messages of glossaries and
 * locale data files.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DeepInputTest {
  static final Path EXAMPLE = TestFiles.EXAMPLES.resolve("pyongyang-visit");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  Path story;
  Path translation;

  @BeforeEach
  void setUp() throws Exception {
    story = TestFiles.write(tmp.resolve("story.en.json"), TestFiles.read(EXAMPLE.resolve("story.en.json")));
    translation = TestFiles.write(tmp.resolve("story.ru.json"), TestFiles.read(EXAMPLE.resolve("story.ru.json")));
  }

  /** The example story with its lead replaced by {@code lead}, in {@code name}. */
  Path storyWithLead(String name, String lead) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(TestFiles.read(story));
    root.put("lead", lead);
    return TestFiles.write(tmp.resolve(name), JSON.writeValueAsBytes(root));
  }

  static Stream<Arguments> deepHtml() {
    StringBuilder attrs = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      attrs.append(" a").append(i).append("=\"v\"");
    }
    return Stream.of(
        Arguments.of("a tag with 3,000 attributes", "Hello <span " + attrs.substring(0, attrs.indexOf(" a3000=")) + ">world</span> end."),
        Arguments.of("a tag with 200,000 attributes", "Hello <span" + attrs + ">world</span> end."),
        Arguments.of("200,000 unquoted attributes", "x <b " + "a=1 ".repeat(200_000) + ">bold</b>"),
        Arguments.of("100,000 comments before a document", "<!---->".repeat(100_000) + "<html>x</html>"),
        Arguments.of("100,000 comments in text", "a<!-- c -->".repeat(100_000)),
        Arguments.of("100,000 nested tags", "<b>".repeat(100_000) + "x" + "</b>".repeat(100_000)),
        Arguments.of("100,000 unclosed '<'", "<a ".repeat(100_000)));
  }

  /** Every command that reads a story's HTML: no stack overflow, no stack trace, the usual result. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("deepHtml")
  void deepOrWideHtmlPassesEveryCommand(String name, String lead) throws Exception {
    Path wide = storyWithLead("wide.en.json", lead);
    Path xlf = tmp.resolve("wide.en-ru.xlf");
    Cli.Result r = Cli.run("extract", wide.toString(), "--target", "ru", "-o", xlf.toString());
    assertEquals(0, r.exit(), r::toString);
    assertClean(r);
    String xliff = TestFiles.readUtf8(xlf).replace("state=\"needs-translation\"", "state=\"translated\"");
    Path translated = TestFiles.write(tmp.resolve("translated.xlf"), xliff);
    for (String[] c : List.of(
        new String[] {"merge", wide.toString(), translated.toString(), "-o", tmp.resolve("wide.ru.json").toString(), "--no-checks"},
        new String[] {"stats", wide.toString()},
        new String[] {"pseudo", wide.toString(), "-o", tmp.resolve("wide.en-XA.json").toString()},
        new String[] {"validate", translated.toString()},
        new String[] {"review", wide.toString(), translated.toString(), "-o", tmp.resolve("r.html").toString()})) {
      Cli.Result each = Cli.run(c);
      assertTrue(each.exit() <= 1, () -> String.join(" ", c) + ": " + each.toString().substring(0, Math.min(2000, each.toString().length())));
      assertClean(each);
    }
  }

  static void assertClean(Cli.Result r) {
    assertFalse(r.stderr().contains("StackOverflowError") || r.stderr().contains("internal error") || r.stderr().contains("\tat "),
        () -> r.stderr().substring(0, Math.min(2000, r.stderr().length())));
  }

  /** The pattern the tag scanner replaced, as an oracle on inputs too small to overflow it. */
  static final Pattern OLD_TAG = Pattern.compile(
      "<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\\s+[^\\s=/>]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?)*)\\s*(/?)>"
          + "|<!--.*?-->|</(?![A-Za-z])[^>]*>", Pattern.DOTALL);

  @Test
  void theTagScannerFindsWhatThePatternFound() {
    Random rnd = new Random(15);
    String alphabet = "<>/=\"' \t\nab-1!?&;";
    List<String> pieces = List.of("<a", "<b ", "</a>", "<br/>", "<!--", "-->", " href=\"x>y\"", " a='1'", " c=d", " e", "/>", ">",
        "</ br>", "<A-1 x = \"y\" >", "<img src=x/>", "</", "<?", "<a b=\"c\"d>");
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + rnd.nextInt(12);
      for (int k = 0; k < len; k++) {
        if (rnd.nextBoolean()) {
          sb.append(pieces.get(rnd.nextInt(pieces.size())));
        } else {
          sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
      }
      String s = sb.toString();
      Matcher m = OLD_TAG.matcher(s);
      List<HtmlTags.Tag> tags = new ArrayList<>();
      HtmlTags scanner = new HtmlTags(s);
      for (HtmlTags.Tag t = scanner.find(0); t != null; t = scanner.find(t.end())) {
        tags.add(t);
      }
      int from = 0;
      for (int k = 0; ; k++) {
        if (!m.find(from)) {
          assertEquals(k, tags.size(), () -> "tags in \"" + s + "\": " + tags);
          break;
        }
        String where = "\"" + s + "\" at " + m.start();
        assertTrue(k < tags.size(), where);
        HtmlTags.Tag t = tags.get(k);
        assertEquals(List.of(m.start(), m.end()), List.of(t.start(), t.end()), where);
        assertEquals(m.group(2), t.name(), where);
        if (m.group(2) != null) {
          assertEquals(!m.group(1).isEmpty(), t.closing(), where);
          assertEquals(m.group(3), t.attributes(s), where);
          assertEquals(!m.group(4).isEmpty(), t.selfClosing(), where);
        }
        from = m.end();
      }
    }
  }

  // --- profile paths

  static Stream<Arguments> deepPaths() {
    return Stream.of(
        Arguments.of("100,000 steps", "$" + ".a".repeat(100_000), "the path has more than 256 steps"),
        Arguments.of("100,000 index steps", "$" + "[0]".repeat(100_000), "the path has more than 256 steps"),
        Arguments.of("100,000 nested parentheses", "$.blocks[?(" + "(".repeat(100_000) + "@.type" + ")".repeat(100_000) + ")].text",
            "nests '(' and '!' deeper than 64 levels"),
        Arguments.of("100,000 negations", "$.blocks[?(" + "!".repeat(100_000) + "@.type)].text", "nests '(' and '!' deeper than 64 levels"),
        Arguments.of("100,000 terms", "$.blocks[?(" + String.join(" && ", java.util.Collections.nCopies(100_000, "@.type")) + ")].text",
            "the filter has more than 256 terms"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deepPaths")
  void aProfilePathNestedDeepIsRefusedWithItsPlace(String name, String path, String fragment) throws Exception {
    ObjectNode profile = JSON.createObjectNode();
    profile.put("name", "deep");
    profile.put("locale", "$.locale");
    profile.putArray("units").addObject().put("path", path).put("kind", "body");
    Path file = TestFiles.write(tmp.resolve("profile.json"), JSON.writeValueAsBytes(profile));
    Cli.Result r = Cli.run("extract", story.toString(), "--target", "ru", "-o", tmp.resolve("x.xlf").toString(), "--profile", file.toString());
    Refusal.assertRefused(r, 3, "profile.json:1:", "(/units/0/path)", fragment);
    assertTrue(r.stderr().length() < 1000, () -> "the path is not printed whole: " + r.stderr().length() + " characters");
    assertEquals(List.of("profile.json", "story.en.json", "story.ru.json"), Refusal.tree(tmp));
  }

  @Test
  void aProfileNestedDeepAsJsonIsRefused() {
    Path file = TestFiles.write(tmp.resolve("profile.json"), "[".repeat(100_000) + "]".repeat(100_000));
    Cli.Result r = Cli.run("extract", story.toString(), "--target", "ru", "-o", tmp.resolve("x.xlf").toString(), "--profile", file.toString());
    Refusal.assertRefused(r, 3, "profile.json:1:", "nested deeper than");
  }

  // --- glossaries and locale data files

  Cli.Result validateWith(String... options) {
    String[] args = Stream.concat(Stream.of("validate", translation.toString(), "--source", story.toString()), Stream.of(options))
        .toArray(String[]::new);
    return Cli.run(args);
  }

  @Test
  void aGlossaryOrLocaleFileNestedDeepIsRefusedWithItsPlace() throws Exception {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    Path glossary = TestFiles.write(tmp.resolve("deep.json"), deep);
    Refusal.assertRefused(validateWith("-g", glossary.toString()), 3, "deep.json:1:1002: the JSON is nested deeper than 1000 levels");
    Path locales = Files.createDirectories(tmp.resolve("locales"));
    TestFiles.write(locales.resolve("ru.json"), deep);
    Refusal.assertRefused(validateWith("--locales", locales.toString()), 3, "ru.json:1:1002: the JSON is nested deeper than 1000 levels");
    TestFiles.write(locales.resolve("ru.json"), "{}");
    Files.createDirectories(locales.resolve("glossary"));
    TestFiles.write(locales.resolve("glossary/names.json"), deep);
    Refusal.assertRefused(validateWith("--locales", locales.toString()), 3, "names.json:1:1002: the JSON is nested deeper");
    Path tbx = TestFiles.write(tmp.resolve("deep.tbx"), "<martif>" + "<x>".repeat(100_000) + "</x>".repeat(100_000) + "</martif>");
    Refusal.assertRefused(validateWith("-g", tbx.toString()), 3, "deep.tbx:1:", "not well-formed TBX");
  }

  @Test
  void glossaryErrorsNameTheFileAndPlaceNotJacksonsSource() {
    for (String[] c : List.of(
        new String[] {"[1,2", "g.json:1:5: not valid JSON: Unexpected end-of-input"},
        new String[] {"{\"concepts\": [1, }", "g.json:1:18: not valid JSON"},
        new String[] {"{\"concepts\": []} trailing", "g.json:1:26: not valid JSON: Unrecognized token 'trailing'"},
        new String[] {"   ", "g.json: the file is empty"},
        new String[] {"{'a': 1}", "g.json:1:2: not valid JSON"})) {
      Path g = TestFiles.write(tmp.resolve("g.json"), c[0]);
      Cli.Result r = validateWith("-g", g.toString());
      Refusal.assertRefused(r, 3, c[1]);
      assertFalse(r.stderr().contains("Source:") || r.stderr().contains("BufferedInputStream"), r::toString);
    }
  }

  static final String TBX = """
      <?xml version="1.0" encoding="UTF-16"?>
      <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
        <tbxHeader><fileDesc><sourceDesc><p>Names</p></sourceDesc></fileDesc></tbxHeader>
        <text><body><conceptEntry id="kim"><descrip type="subjectField">person</descrip>
          <langSec xml:lang="en"><termSec><term>Kim Jong Un</term></termSec></langSec>
          <langSec xml:lang="ru"><termSec><term>Ким Ир Сен</term></termSec></langSec>
        </conceptEntry></body></text>
      </tbx>
      """;

  /**
   * A glossary saved as UTF-16 (with or without BOM) or UTF-32 is read as such, JSON and TBX alike:
   * its wrong spelling of Kim Jong Un is then found in the translation, as in UTF-8.
   */
  @Test
  void utf16And32GlossariesAreReadAsSuch() {
    Cli.Result utf8 = validateWith("-g", TestFiles.write(tmp.resolve("names.tbx"), TBX.replace("UTF-16", "UTF-8")).toString());
    assertTrue(utf8.stdout().contains("Ким Ир Сен"), utf8::toString);
    for (String cs : List.of("UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32")) {
      byte[] bytes = TBX.replace("UTF-16", cs.startsWith("UTF-32") ? "UTF-32" : "UTF-16").getBytes(java.nio.charset.Charset.forName(cs));
      Path g = TestFiles.write(tmp.resolve("names-" + cs + ".tbx"), bytes);
      Cli.Result r = validateWith("-g", g.toString());
      assertEquals(utf8.stdout(), r.stdout(), cs);
      assertEquals(utf8.exit(), r.exit(), cs);
    }
    String json = "{\"concepts\": [{\"id\": \"kim\", \"type\": \"person\", \"terms\": {\"en\": {\"names\": [\"Kim Jong Un\"]},"
        + " \"ru\": {\"names\": [\"Ким Ир Сен\"]}}}]}";
    Cli.Result jsonUtf8 = validateWith("-g", TestFiles.write(tmp.resolve("names.json"), json).toString());
    for (String cs : List.of("UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32BE")) {
      Path g = TestFiles.write(tmp.resolve("names-" + cs + ".json"), json.getBytes(java.nio.charset.Charset.forName(cs)));
      Cli.Result r = validateWith("-g", g.toString());
      assertEquals(jsonUtf8.stdout(), r.stdout(), cs);
    }
  }

  @Test
  void aGlossaryInALegacyEncodingIsRefusedNotGarbled() {
    byte[] latin1 = TBX.replace("UTF-16", "UTF-8").replace("Kim Jong Un", "Kim Jöng Un").getBytes(StandardCharsets.ISO_8859_1);
    Path g = TestFiles.write(tmp.resolve("names.tbx"), new String(latin1, StandardCharsets.ISO_8859_1)
        .replace("Kim Jöng Un", "Kim J\u00f6ng Un").getBytes(StandardCharsets.ISO_8859_1));
    Refusal.assertRefused(validateWith("-g", g.toString()), 3, "names.tbx: byte ", "the file is not valid UTF-8");
  }

  @Test
  void devicesAsGlossaryOrLocaleFileAreRefusedAtOnce() throws Exception {
    if (!Files.exists(Path.of("/dev/zero"))) {
      return;
    }
    Refusal.assertRefused(validateWith("-g", "/dev/zero"), 3, "/dev/zero: holds binary data");
    Refusal.assertRefused(validateWith("-g", "/dev/urandom"), 3, "/dev/urandom: holds binary data");
    Path locales = Files.createDirectories(tmp.resolve("locales"));
    Files.createSymbolicLink(locales.resolve("ru.json"), Path.of("/dev/zero"));
    Refusal.assertRefused(validateWith("--locales", locales.toString()), 3, "holds binary data");
    Cli.Result r = Cli.run("extract", "/dev/urandom", "--target", "ru", "-o", tmp.resolve("x.xlf").toString());
    Refusal.assertRefused(r, 3, "/dev/urandom: holds binary data");
    r = Cli.run("merge", story.toString(), "/dev/zero", "-o", tmp.resolve("x.json").toString());
    Refusal.assertRefused(r, 3, "/dev/zero: holds binary data");
  }
}
