package org.localize.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;
import org.localize.testing.XliffEdit;

/**
 * Every reason merge refuses to write, through the command line: the exit code (DESIGN §7), a
 * message that names the problem, and no output file and no temporary file left behind.
 */
class MergeRefusalTest {
  static final Path FIXTURES = TestFiles.TEST_RESOURCES.resolve("merge/cat-tool");

  @TempDir Path tmp;
  Path story;
  Path xliff;
  String plain;

  @BeforeEach
  void copyInputs() {
    story = TestFiles.write(tmp.resolve("story.en.json"), TestFiles.read(FIXTURES.resolve("story.en.json")));
    plain = TestFiles.readUtf8(FIXTURES.resolve("plain.en-ru.xlf"));
    xliff = tmp.resolve("translated.xlf");
  }

  /** Writes {@code text} as the XLIFF, after checking that {@code from} really occurs in the plain one. */
  private void xliffWith(String from, String to) {
    assertTrue(plain.contains(from), "the fixture contains " + from);
    TestFiles.write(xliff, plain.replace(from, to));
  }

  private Cli.Result merge(String... extra) {
    List<String> args = new ArrayList<>(List.of("merge", story.toString(), xliff.toString(), "-o", tmp.resolve("out.json").toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  private void assertRefused(Cli.Result r, int exit, String... fragments) {
    assertEquals(exit, r.exit(), r::toString);
    for (String f : fragments) {
      assertTrue(r.stderr().contains(f), () -> "stderr should contain \"" + f + "\":\n" + r.stderr());
    }
    assertEquals("", r.stdout(), "nothing on stdout");
    TestFiles.assertFolderHolds(tmp, "story.en.json", "translated.xlf");
  }

  @Test
  void theFixtureMergesWhenNothingIsWrong() {
    TestFiles.write(xliff, plain);
    assertEquals(0, merge().exit());
  }

  @Test
  void untranslatedUnitIsRefusedWithExit1() {
    xliffWith("state=\"translated\">Помочь", "state=\"needs-translation\">Donate");
    Cli.Result r = merge();
    assertRefused(r, 1, "translated.xlf:", "unit /blocks/2/cta (give.cta) is not translated", "translate and confirm it in the CAT tool");
    // the way out is to translate: --allow-untranslated would publish the English text in its place
    assertFalse(r.stderr().contains("--allow-untranslated"), r::toString);
  }

  @Test
  void missingTargetIsUntranslated() {
    xliffWith("<target xml:lang=\"ru\" state=\"translated\">Помочь</target>\n", "");
    assertRefused(merge(), 1, "unit /blocks/2/cta (give.cta) is not translated");
  }

  @Test
  void allowUntranslatedKeepsTheSourceAndWarns() {
    xliffWith("state=\"translated\">Помочь", "state=\"needs-translation\">Donate");
    Cli.Result r = merge("--allow-untranslated");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("localize: warning: /blocks/2/cta (give.cta) is not translated (state=\"needs-translation\"); the source text was kept"), r.stderr());
    assertTrue(r.stderr().contains("1 kept in the source language"), r.stderr());
    String out = TestFiles.readUtf8(tmp.resolve("out.json"));
    assertTrue(out.contains("\"cta\": \"Donate\""), out);
    assertTrue(out.contains("\"caption\": \"Мост ночью\""), out);
  }

  @Test
  void requireReviewedRefusesUnitsThatAreOnlyTranslated() {
    TestFiles.write(xliff, plain);
    Cli.Result r = merge("--require", "reviewed");
    assertRefused(r, 1, "is only translated (state=\"translated\"), and --require reviewed was asked",
        "have a reviewer approve it in the CAT tool, or merge with --require translated");
    assertFalse(r.stderr().contains("--allow-untranslated"), r::toString);
  }

  @Test
  void requireFinalAcceptsFinalUnits() {
    TestFiles.write(xliff, plain.replace("state=\"translated\"", "state=\"final\""));
    assertEquals(0, merge("--require", "final").exit());
  }

  @Test
  void anUnknownRequiredStateIsAUsageError() {
    TestFiles.write(xliff, plain);
    assertRefused(merge("--require", "perfect"), 2, "--require: expected translated, reviewed or final");
  }

  @Test
  void staleUnitIsInvalidInputWithExit3() {
    xliffWith("<source xml:lang=\"en\">The bridge at night</source>", "<source xml:lang=\"en\">The bridge by day</source>");
    assertRefused(merge(), 3, "unit /blocks/1/caption (ph.caption) is stale", "extract again");
  }

  @Test
  void unitMissingFromTheXliffIsInvalidInput() {
    int start = plain.indexOf("<trans-unit id=\"ph.credit\"");
    int end = plain.indexOf("</trans-unit>", start) + "</trans-unit>\n".length();
    xliffWith(plain.substring(start, end), "");
    assertRefused(merge(), 3, "unit /blocks/1/credit (ph.credit) of the story is missing from the XLIFF");
  }

  @Test
  void unitUnknownToTheStoryIsInvalidInput() {
    xliffWith("</body>", "<trans-unit id=\"extra.text\" resname=\"/blocks/9/text\" xml:space=\"preserve\">"
        + "<source xml:lang=\"en\">Gone</source><target xml:lang=\"ru\" state=\"translated\">Нет</target></trans-unit>\n</body>");
    assertRefused(merge(), 3, "unit /blocks/9/text (extra.text) is unknown to the story");
  }

  @Test
  void xliffOfAnotherStoryIsInvalidInput() {
    xliffWith("localize story: cat-tool-story", "localize story: another-story");
    assertRefused(merge(), 3, "the XLIFF belongs to the story \"another-story\"");
  }

  @Test
  void targetOptionThatDisagreesWithTheXliffIsInvalidInput() {
    TestFiles.write(xliff, plain);
    assertRefused(merge("--target", "de"), 3, "the XLIFF is a translation into ru, not de");
  }

  @Test
  void missingInlineCodeIsRefused() {
    xliffWith("Они стоили <g id=\"1\" ctype=\"bold\" equiv-text=\"&lt;strong>\">12 миллионов</g> евро.", "Они стоили 12 миллионов евро.");
    assertRefused(merge(), 1, "unit /blocks/0/text (p1.text): the translation lacks the inline code");
  }

  @Test
  void extraInlineCodeIsRefused() {
    xliffWith("<target xml:lang=\"ru\" state=\"translated\">Мост ночью</target>",
        "<target xml:lang=\"ru\" state=\"translated\">Мост <x id=\"9\"/>ночью</target>");
    assertRefused(merge(), 1, "unit /blocks/1/caption (ph.caption): the translation has an inline code that the source does not have");
  }

  @Test
  void duplicatedInlineCodeIsRefused() {
    String code = "<g id=\"1\" ctype=\"bold\" equiv-text=\"&lt;strong>\">12 миллионов</g>";
    xliffWith(code + " евро.", code + " евро, " + code + ".");
    assertRefused(merge(), 1, "the translation repeats the inline code");
  }

  @Test
  void brokenMessageFormatTargetIsRefused() {
    xliffWith(">Пожертвуйте <x id=\"1\"", ">Пожертвуйте { <x id=\"1\"");
    assertRefused(merge(), 1, "unit /blocks/2/title (give.title): the translation is not valid ICU MessageFormat");
  }

  @Test
  void pluralCategoryRussianLacksIsRefused() {
    Path appeal = TestFiles.TEST_RESOURCES.resolve("golden/extract/messageformat-appeal");
    story = TestFiles.write(tmp.resolve("story.en.json"), TestFiles.read(appeal.resolve("story.json")));
    byte[] extracted = TestFiles.read(appeal.resolve("expected.xlf"));
    XliffEdit edit = XliffEdit.of(extracted).copySourceToTarget("translated");
    var target = XliffEdit.child(edit.unit("donate.text"), "target");
    for (var n = target.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE && n.getNodeValue().contains("one {")) {
        n.setNodeValue(n.getNodeValue().replace("one {", "two {"));
      }
    }
    TestFiles.write(xliff, edit.bytes());
    assertRefused(merge(), 1, "uses the plural category 'two', which Russian does not have");
  }

  @Test
  void doctypeWithAnExternalEntityIsRefusedAndNeverRead() {
    Path secret = TestFiles.write(tmp.resolve("secret.txt"), "TOP-SECRET-4711");
    xliffWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n");
    plain = TestFiles.readUtf8(xliff);
    xliffWith(">Мост ночью<", ">Мост &xxe;<");
    Cli.Result r = merge();
    assertEquals(3, r.exit(), r::toString);
    assertTrue(r.stderr().contains("DOCTYPE"), r.stderr());
    assertFalse(r.toString().contains("TOP-SECRET"), "the entity's file never appears in any output");
    TestFiles.assertFolderHolds(tmp, "secret.txt", "story.en.json", "translated.xlf");
  }

  @Test
  void legacyDeclaredEncodingIsRefused() {
    String text = plain.replace("encoding=\"UTF-8\"", "encoding=\"windows-1251\"");
    TestFiles.write(xliff, text.getBytes(Charset.forName("windows-1251")));
    assertRefused(merge(), 3, "the file is declared as windows-1251", "re-save it as UTF-8");
  }

  @Test
  void aFileThatIsNotXliffIsRefused() {
    TestFiles.write(xliff, "<?xml version=\"1.0\"?>\n<html><body/></html>\n");
    assertRefused(merge(), 3, "this is not XLIFF (the root element is <html>)");
  }

  @Test
  void anUnknownXliffVersionIsRefused() {
    // 1.1 is read (po2xliff writes it: Xliff11Test); 1.0 had no namespace, and 1.3 does not exist
    TestFiles.write(xliff, "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.3\"><file original=\"s\" source-language=\"en\" target-language=\"ru\" datatype=\"plaintext\"><body/></file></xliff>\n");
    assertRefused(merge(), 3, "expected XLIFF 1.2", "or 1.1, found version=\"1.3\"");
  }

  @Test
  void anInvalidXliff2IsRefusedWithItsLineAndColumn() {
    // merge reads XLIFF 2.x since the formats issue; a 2.0 file that breaks the schema is refused
    TestFiles.write(xliff, "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"ru\"><file id=\"f\"/></xliff>\n");
    assertRefused(merge(), 3, "translated.xlf:2:108: invalid XLIFF 2", "cvc-complex-type");
  }

  @Test
  void malformedXmlIsRefusedWithLineAndColumn() {
    xliffWith("<target xml:lang=\"ru\" state=\"translated\">Мост ночью</target>", "<target xml:lang=\"ru\" state=\"translated\">Мост ночью</tagret>");
    Cli.Result r = merge();
    assertRefused(r, 3, "malformed XML");
    assertTrue(r.stderr().matches("(?s)localize: .*translated\\.xlf:\\d+:\\d+: malformed XML.*"), r.stderr());
  }

  /** The story is read beside the XLIFF (on another core); what is reported stays as when one was read after the other. */
  @Test
  void aBrokenStoryIsReportedAfterABrokenXliff() {
    TestFiles.write(xliff, plain);
    TestFiles.write(story, "{\"headline\": \"a\",".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Cli.Result r = merge();
    assertEquals(3, r.exit(), r::toString);
    assertTrue(r.stderr().contains("story.en.json"), r.stderr());
    assertFalse(r.stderr().contains("translated.xlf"), r.stderr());
    xliffWith("<target xml:lang=\"ru\" state=\"translated\">Мост ночью</target>", "<target xml:lang=\"ru\" state=\"translated\">Мост ночью</tagret>");
    r = merge();
    assertEquals(3, r.exit(), r::toString);
    assertTrue(r.stderr().matches("(?s)localize: .*translated\\.xlf:\\d+:\\d+: malformed XML.*"), r.stderr());
    assertFalse(r.stderr().contains("story.en.json"), r.stderr());
  }

  /**
   * An XLIFF of localize's own records the profile detection chose: the story read beside it is
   * the one merged, and what is reported stays as when one was read after the other.
   */
  @Test
  void aStoryReadBesideAnXliffThatRecordsItsProfileMergesAsAfterIt() throws Exception {
    String header = "<note from=\"localize\">localize story: cat-tool-story</note>";
    xliffWith(header, header + "<note from=\"localize\">localize profile: story</note>");
    Cli.Result recorded = merge();
    assertEquals(0, recorded.exit(), recorded::toString);
    byte[] merged = java.nio.file.Files.readAllBytes(tmp.resolve("out.json"));
    TestFiles.write(xliff, plain);
    assertEquals(0, merge().exit());
    assertArrayEquals(java.nio.file.Files.readAllBytes(tmp.resolve("out.json")), merged);
    xliffWith(header, header + "<note from=\"localize\">localize profile: story</note>");
    TestFiles.write(story, "{\"headline\": \"a\",".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Cli.Result r = merge();
    assertEquals(3, r.exit(), r::toString);
    assertTrue(r.stderr().contains("story.en.json"), r.stderr());
    assertFalse(r.stderr().contains("translated.xlf"), r.stderr());
  }

  @Test
  void outputEqualToAnInputIsAUsageErrorAndTheInputIsKept() {
    TestFiles.write(xliff, plain);
    byte[] before = TestFiles.read(story);
    Cli.Result r = Cli.run("merge", story.toString(), xliff.toString(), "-o", story.toString());
    assertRefused(r, 2, "is also an input");
    assertEquals(java.util.HexFormat.of().formatHex(before), java.util.HexFormat.of().formatHex(TestFiles.read(story)));
    r = Cli.run("merge", story.toString(), xliff.toString(), "-o", xliff.toString());
    assertRefused(r, 2, "is also an input");
  }

  @Test
  void outputIntoAMissingFolderIsRefused() {
    TestFiles.write(xliff, plain);
    Cli.Result r = Cli.run("merge", story.toString(), xliff.toString(), "-o", tmp.resolve("no/such/out.json").toString());
    assertRefused(r, 3, "does not exist; create it first");
  }
}
