package org.localize.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;
import org.localize.testing.XliffSchema;

/**
 * What a translator's file may not do to a story (issue 15, cases 5, 9 and 10): close paired codes
 * out of order, in any representation (the codes used to be paired again as the source had them,
 * or put into the story misnested); drop or empty a segment (the other segments merged without
 * it); bring in characters a story cannot carry. And references to such characters in a story's
 * HTML stay as written.
 */
class TranslatedXliffTest {
  @TempDir Path tmp;
  Path story;

  @BeforeEach
  void setUp() {
    story = TestFiles.write(tmp.resolve("story.en.json"),
        "{\"id\": \"n\", \"locale\": \"en\", \"headline\": \"One. Two. Three.\", \"lead\": \"x <b>a<i>b</i>c</b> y\", \"blocks\": []}\n");
  }

  String extract(String... options) {
    Path xlf = tmp.resolve("story.en-ru.xlf");
    List<String> args = new java.util.ArrayList<>(List.of("extract", story.toString(), "--target", "ru", "-o", xlf.toString(), "--force"));
    args.addAll(List.of(options));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r::toString);
    return TestFiles.readUtf8(xlf);
  }

  /** The XLIFF 1.2 extract with the lead's target replaced, every target translated. */
  Path xliff12(String lead, String headline) {
    String x = extract("--segment");
    String leadTarget = "<target xml:lang=\"ru\" state=\"needs-translation\">x <g id=\"1\" ctype=\"bold\" equiv-text=\"&lt;b>\">a"
        + "<g id=\"2\" ctype=\"italic\" equiv-text=\"&lt;i>\">b</g>c</g> y</target>";
    String headTarget = "<target xml:lang=\"ru\" state=\"needs-translation\"><mrk mid=\"0\" mtype=\"seg\">One.</mrk> "
        + "<mrk mid=\"2\" mtype=\"seg\">Two.</mrk> <mrk mid=\"4\" mtype=\"seg\">Three.</mrk></target>";
    assertTrue(x.contains(leadTarget) && x.contains(headTarget), x);
    x = x.replace(leadTarget, "<target xml:lang=\"ru\" state=\"translated\">" + lead + "</target>")
        .replace(headTarget, "<target xml:lang=\"ru\" state=\"translated\">" + headline + "</target>");
    return TestFiles.write(tmp.resolve("translated.xlf"), x);
  }

  static final String HEADLINE = "<mrk mid=\"0\" mtype=\"seg\">Раз.</mrk> <mrk mid=\"2\" mtype=\"seg\">Два.</mrk> <mrk mid=\"4\" mtype=\"seg\">Три.</mrk>";

  /** The XLIFF 2.1 extract with every segment translated and the lead's target replaced. */
  Path xliff21(String lead, String three) {
    String x = extract("--xliff", "2.1", "--segment");
    String leadTarget = "<target xml:space=\"preserve\">x <pc id=\"1\" type=\"fmt\" dispStart=\"&lt;b>\" dispEnd=\"&lt;/b>\">a"
        + "<pc id=\"2\" type=\"fmt\" dispStart=\"&lt;i>\" dispEnd=\"&lt;/i>\">b</pc>c</pc> y</target>";
    assertTrue(x.contains(leadTarget), x);
    x = x.replace(leadTarget, "<target xml:space=\"preserve\">" + lead + "</target>")
        .replace(">One.</target>", ">Раз.</target>").replace(">Two.</target>", ">Два.</target>")
        .replace(">Three.</target>", ">" + three + "</target>")
        .replaceAll("<segment( id=\"[^\"]*\")?>", "<segment$1 state=\"translated\">");
    return TestFiles.write(tmp.resolve("translated.xlf"), x);
  }

  Cli.Result merge(Path xliff, String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("merge", story.toString(), xliff.toString(), "-o",
        tmp.resolve("story.ru.json").toString(), "--no-checks"));
    args.addAll(List.of(options));
    return Cli.run(args.toArray(String[]::new));
  }

  String merged() {
    return TestFiles.readUtf8(tmp.resolve("story.ru.json"));
  }

  // --- case 10: codes closed out of order, in every representation

  static Stream<Arguments> misnested() {
    return Stream.of(
        Arguments.of("<bx/>/<ex/>", "1.2", "Ы <bx id=\"1\"/>a<bx id=\"2\"/>b<ex id=\"1\"/>c<ex id=\"2\"/> y",
            "closes <ex id=\"1\"/> while <bx id=\"2\"/>, opened after it, is still open"),
        Arguments.of("<bx/>/<ex/> paired by rid", "1.2", "Ы <bx id=\"1\" rid=\"1\"/>a<bx id=\"2\" rid=\"2\"/>b<ex id=\"3\" rid=\"1\"/>c<ex id=\"4\" rid=\"2\"/> y",
            "closes <ex id=\"3\"/> while <bx id=\"2\"/>"),
        Arguments.of("<bpt>/<ept>", "1.2", "Ы <bpt id=\"1\">&lt;b></bpt>a<bpt id=\"2\">&lt;i></bpt>b<ept id=\"1\">&lt;/b></ept>c<ept id=\"2\">&lt;/i></ept> y",
            "closes <ept id=\"1\"> while <bpt id=\"2\">"),
        Arguments.of("<g> around half a <bx/>/<ex/> pair", "1.2", "Ы <g id=\"1\">a<bx id=\"2\"/>b</g>c<ex id=\"2\"/> y",
            "closes </g> of <g id=\"1\"> while <bx id=\"2\"/>"),
        Arguments.of("XLIFF 2 <sc/>/<ec/>", "2.1", "Ы <sc id=\"1\"/>a<sc id=\"2\"/>b<ec startRef=\"1\"/>c<ec startRef=\"2\"/> y",
            "closes code 1 while code 2, opened after it, is still open"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("misnested")
  void codesClosedOutOfOrderAreRefusedNotRepaired(String name, String version, String lead, String message) {
    Path xliff = version.equals("1.2") ? xliff12(lead, HEADLINE) : xliff21(lead, "Три.");
    Cli.Result r = merge(xliff);
    Refusal.assertRefused(r, 1, "translated.xlf:", "unit /lead (lead): the translation " + message);
    assertFalse(Files.exists(tmp.resolve("story.ru.json")), "nothing written");
    Cli.Result v = Cli.run("validate", xliff.toString());
    assertEquals(1, v.exit(), v::toString);
    assertTrue(v.stdout().contains("error: [markup.tags] the translation " + message), v::toString);
  }

  static Stream<Arguments> wellNested() {
    return Stream.of(
        Arguments.of("<g> reordered", "1.2", "Ы <g id=\"2\">a<g id=\"1\">b</g>c</g> y", "Ы <i>a<b>b</b>c</i> y"),
        Arguments.of("<bx/>/<ex/> in order", "1.2", "Ы <bx id=\"1\"/>a<bx id=\"2\"/>b<ex id=\"2\"/>c<ex id=\"1\"/> y", "Ы <b>a<i>b</i>c</b> y"),
        Arguments.of("<bpt>/<ept> in order", "1.2", "Ы <bpt id=\"2\">&lt;i></bpt>a<bpt id=\"1\">&lt;b></bpt>b<ept id=\"1\">&lt;/b></ept>c<ept id=\"2\">&lt;/i></ept> y",
            "Ы <i>a<b>b</b>c</i> y"),
        Arguments.of("XLIFF 2 <sc/>/<ec/> in order", "2.1", "Ы <sc id=\"1\"/>a<sc id=\"2\"/>b<ec startRef=\"2\"/>c<ec startRef=\"1\"/> y",
            "Ы <b>a<i>b</i>c</b> y"),
        Arguments.of("XLIFF 2 <pc> reordered", "2.1", "Ы <pc id=\"2\">a<pc id=\"1\">b</pc>c</pc> y", "Ы <i>a<b>b</b>c</i> y"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wellNested")
  void codesInOrderMergeAsTheTranslatorNestedThem(String name, String version, String lead, String expected) {
    Path xliff = version.equals("1.2") ? xliff12(lead, HEADLINE) : xliff21(lead, "Три.");
    Cli.Result r = merge(xliff);
    assertEquals(0, r.exit(), r::toString);
    assertTrue(merged().contains("\"lead\": \"" + expected + "\""), merged());
  }

  // --- case 5: a segment deleted or emptied

  static Stream<Arguments> brokenSegments() {
    return Stream.of(
        Arguments.of("a <mrk> deleted", "<mrk mid=\"0\" mtype=\"seg\">Раз.</mrk> <mrk mid=\"2\" mtype=\"seg\">Два.</mrk>",
            "segment 3 of 3 (mid 4) was deleted from the target"),
        Arguments.of("a <mrk> emptied", "<mrk mid=\"0\" mtype=\"seg\">Раз.</mrk> <mrk mid=\"2\" mtype=\"seg\">Два.</mrk> <mrk mid=\"4\" mtype=\"seg\"></mrk>",
            "segment 3 of 3 (mid 4) is empty in the target"),
        Arguments.of("a <mrk> left blank", "<mrk mid=\"0\" mtype=\"seg\">Раз.</mrk> <mrk mid=\"2\" mtype=\"seg\"> </mrk> <mrk mid=\"4\" mtype=\"seg\">Три.</mrk>",
            "segment 2 of 3 (mid 2) is empty in the target"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenSegments")
  void aDeletedOrEmptiedSegmentIsAFindingNotASilentMerge(String name, String headline, String message) {
    Path xliff = xliff12("Ы <g id=\"1\">a<g id=\"2\">b</g>c</g> y", headline);
    assertSegmentRefused(xliff, message);
  }

  @Test
  void anEmptiedXliff2SegmentIsAFindingToo() {
    assertSegmentRefused(xliff21("Ы <pc id=\"1\">a<pc id=\"2\">b</pc>c</pc> y", ""), "segment 3 of 3");
  }

  void assertSegmentRefused(Path xliff, String message) {
    Cli.Result r = merge(xliff);
    Refusal.assertRefused(r, 1, "unit /headline (headline) is not fully translated: " + message,
        "translate every segment, or merge with --allow-untranslated");
    assertFalse(Files.exists(tmp.resolve("story.ru.json")), "nothing written");
    Cli.Result v = Cli.run("validate", xliff.toString());
    assertEquals(1, v.exit(), v::toString);
    assertTrue(v.stdout().contains("error: [completeness.missing] " + message), v::toString);
    // the translator's other segments do not go into the memory as a translation of the whole unit
    Path memory = tmp.resolve("memory.tmx");
    Cli.Result imported = Cli.run("tm", "import", xliff.toString(), "--tm", memory.toString());
    assertEquals(0, imported.exit(), imported::toString);
    assertFalse(TestFiles.readUtf8(memory).contains("Раз."), "the partly translated unit is not reused");
    // --allow-untranslated: the unit keeps its source text, and says so
    r = merge(xliff, "--allow-untranslated");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("warning: /headline (headline) is not fully translated"), r::toString);
    assertTrue(merged().contains("\"headline\": \"One. Two. Three.\""), merged());
  }

  @Test
  void allSegmentsTranslatedMerge() {
    Cli.Result r = merge(xliff12("Ы <g id=\"1\">a<g id=\"2\">b</g>c</g> y", HEADLINE));
    assertEquals(0, r.exit(), r::toString);
    assertTrue(merged().contains("\"headline\": \"Раз. Два. Три.\""), merged());
  }

  // --- case 9: characters XML and JSON cannot carry

  @Test
  void referencesToCharactersXmlCannotCarryStayAsWritten() throws Exception {
    String lead = "Ref &#1; and &#0; and &#xD800; and &#xdfff; and &#65534; and &#x1F600; &amp; ok";
    story = TestFiles.write(tmp.resolve("story.en.json"),
        "{\"id\": \"n\", \"locale\": \"en\", \"headline\": \"Head\", \"lead\": \"" + lead + "\", \"blocks\": []}\n");
    String x = extract();
    XliffSchema.assertValid(TestFiles.utf8(x), "the XLIFF");
    assertTrue(x.contains("equiv-text=\"&amp;#xD800;\""), x);
    // untouched: back byte for byte; translated around them: the references, as written, in place
    String translated = x.replace("state=\"needs-translation\">Head", "state=\"translated\">Голова")
        .replace("state=\"needs-translation\">Ref ", "state=\"translated\">Ссылка ");
    Path xliff = TestFiles.write(tmp.resolve("translated.xlf"), translated);
    Cli.Result r = merge(xliff);
    assertEquals(0, r.exit(), r::toString);
    // the references stay as written; the emoji, which XML carries, is text like any other
    assertTrue(merged().contains("\"lead\": \"Ссылка " + lead.substring(4).replace("&#x1F600;", "😀") + "\""), merged());
    assertFalse(merged().contains("\\u0000") || merged().contains("\\ud800") || merged().contains("\u0001"), merged());
    Path same = TestFiles.write(tmp.resolve("same.xlf"), x.replace("state=\"needs-translation\"", "state=\"translated\""));
    Files.delete(tmp.resolve("story.ru.json"));
    assertEquals(0, merge(same).exit());
    assertEquals(TestFiles.readUtf8(story).replace("\"locale\": \"en\"", "\"locale\": \"ru\""), merged());
  }

  static Stream<Arguments> codePoints() {
    return Stream.of(
        Arguments.of("D800", "U+D800 (a lone surrogate)"),
        Arguments.of("DFFF", "U+DFFF (a lone surrogate)"),
        Arguments.of("0000", "U+0000 (NUL)"),
        Arguments.of("0001", "U+0001 (a control character)"),
        Arguments.of("FFFE", "U+FFFE (a noncharacter)"));
  }

  @ParameterizedTest(name = "<cp hex=\"{0}\"/>")
  @MethodSource("codePoints")
  void anXliff2CodePointAStoryCannotCarryIsRefused(String hex, String described) {
    Path xliff = xliff21("Ы<cp hex=\"" + hex + "\"/> <pc id=\"1\">a<pc id=\"2\">b</pc>c</pc> y", "Три.");
    Cli.Result r = merge(xliff);
    Refusal.assertRefused(r, 3, "translated.xlf:", "unit /lead (lead): the target holds " + described,
        "which a story cannot carry faithfully; remove it");
    assertFalse(Files.exists(tmp.resolve("story.ru.json")), "nothing written");
    Refusal.assertRefused(Cli.run("validate", xliff.toString()), 3, "the target holds " + described);
  }

  /** XLIFF 2 allows <cp/> only for what XML cannot carry; lib-xliff2's validation says so. */
  @Test
  void anXliff2CodePointXmlCanCarryIsInvalidXliff() {
    Cli.Result r = merge(xliff21("Ы<cp hex=\"00E9\"/> <pc id=\"1\">a<pc id=\"2\">b</pc>c</pc> y", "Три."));
    Refusal.assertRefused(r, 3, "invalid XLIFF 2", "Code-point U+00E9 is valid in XML and must not be encoded with <cp/>");
  }
}
