package org.localize.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;

/**
 * merge --require reads the review states CAT tools keep in their own attributes (the table of
 * docs/review-states.md): Trados {@code sdl:conf}, memoQ {@code mq:status}, Phrase
 * {@code m:confirmed}, beside XLIFF 1.2's {@code state}/{@code state-qualifier} and XLIFF 2's
 * {@code state}. A translator's confirmation alone is no review, and the hints never suggest
 * --allow-untranslated, which would put the source text into the story.
 */
class VendorStatesTest {
  static final Path FIXTURES = TestFiles.TEST_RESOURCES.resolve("merge/cat-tool");

  @TempDir Path tmp;
  Path story;
  String plain;

  @BeforeEach
  void inputs() {
    story = TestFiles.write(tmp.resolve("story.en.json"), TestFiles.read(FIXTURES.resolve("story.en.json")));
    plain = TestFiles.readUtf8(FIXTURES.resolve("plain.en-ru.xlf"));
  }

  /** The fixture as memoQ writes it: every unit with {@code mq:status}. */
  String memoq(String status) {
    return plain.replace("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">",
            "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:mq=\"MQXliff\">")
        .replace("<trans-unit ", "<trans-unit mq:status=\"" + status + "\" ");
  }

  /** The fixture as Trados writes it: each unit's confirmation level in {@code <sdl:seg-defs>}. */
  String trados(String conf) {
    return plain.replace("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">",
            "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\">")
        .replace("</trans-unit>", "<sdl:seg-defs><sdl:seg id=\"1\" conf=\"" + conf + "\" origin=\"interactive\"/></sdl:seg-defs>\n</trans-unit>");
  }

  /** The fixture as Phrase writes it: {@code m:confirmed} on each unit. */
  String phrase(String confirmed) {
    return plain.replace("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">",
            "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:m=\"http://www.memsource.com/mxlf/2.0\" m:level=\"2\">")
        .replace("<trans-unit ", "<trans-unit m:confirmed=\"" + confirmed + "\" m:locked=\"false\" ");
  }

  Cli.Result merge(String xliff, String... require) {
    Path x = TestFiles.write(tmp.resolve("story.en-ru.xlf"), xliff);
    String[] args = new String[5 + require.length];
    System.arraycopy(new String[] {"merge", story.toString(), x.toString(), "-o", tmp.resolve("out.json").toString()}, 0, args, 0, 5);
    System.arraycopy(require, 0, args, 5, require.length);
    return Cli.run(args);
  }

  void assertMerges(String xliff, String... require) {
    Cli.Result r = merge(xliff, require);
    assertEquals(0, r.exit(), r::toString);
  }

  void assertRefused(String xliff, String[] require, String... fragments) {
    Cli.Result r = merge(xliff, require);
    assertEquals(1, r.exit(), r::toString);
    for (String f : fragments) {
      assertTrue(r.stderr().contains(f), () -> "stderr should contain \"" + f + "\":\n" + r.stderr());
    }
    assertFalse(r.stderr().contains("--allow-untranslated"), "never the way out: " + r.stderr());
  }

  @Test
  void memoqReviewer1IsAReviewAndTheTranslatorsConfirmationIsNot() {
    assertMerges(memoq("Reviewer1Confirmed"), "--require", "reviewed");
    assertMerges(memoq("ManuallyConfirmed"), "--require", "translated");
    assertRefused(memoq("ManuallyConfirmed"), new String[] {"--require", "reviewed"},
        "is only translated (mq:status=\"ManuallyConfirmed\": confirmed by the translator, not reviewed), and --require reviewed was asked",
        "have a reviewer approve it in the CAT tool, or merge with --require translated");
    assertMerges(memoq("Reviewer2Confirmed"), "--require", "final");
    assertRefused(memoq("Reviewer1Confirmed"), new String[] {"--require", "final"}, "is only reviewed", "signed off");
  }

  @Test
  void memoqPreTranslationIsNotYetATranslation() {
    // the target is filled (from a memory) but nobody confirmed it
    assertRefused(memoq("Pretranslated"), new String[0],
        "is not translated (mq:status=\"Pretranslated\": pre-translated, not confirmed); translate and confirm it in the CAT tool");
  }

  @Test
  void tradosLevels() {
    assertMerges(trados("ApprovedTranslation"), "--require", "reviewed");
    assertMerges(trados("ApprovedSignOff"), "--require", "final");
    assertMerges(trados("Translated"));
    assertRefused(trados("Translated"), new String[] {"--require", "reviewed"},
        "is only translated (sdl:conf=\"Translated\": confirmed by the translator, not reviewed)");
    assertRefused(trados("Draft"), new String[0], "is not translated (sdl:conf=\"Draft\": a draft, not confirmed by the translator)");
    assertRefused(trados("RejectedTranslation"), new String[0], "(sdl:conf=\"RejectedTranslation\": rejected by the reviewer)");
    assertRefused(trados("RejectedSignOff"), new String[0], "(sdl:conf=\"RejectedSignOff\": rejected at sign-off)");
  }

  @Test
  void tradosUnitOfSeveralSegmentsIsAsFarAsItsLeastOne() {
    String two = plain.replace("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">",
            "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\">")
        .replace("</trans-unit>", "<sdl:seg-defs><sdl:seg id=\"1\" conf=\"ApprovedTranslation\"/><sdl:seg id=\"2\" conf=\"Translated\"/></sdl:seg-defs>\n</trans-unit>");
    assertRefused(two, new String[] {"--require", "reviewed"}, "sdl:conf=\"Translated\"");
  }

  @Test
  void phraseConfirmationInARevisionStepIsAReview() {
    assertMerges(phrase("2"), "--require", "reviewed");
    assertMerges(phrase("1"));
    assertRefused(phrase("1"), new String[] {"--require", "reviewed"},
        "is only translated (m:confirmed=\"1\": confirmed in the translation step, not reviewed)");
    assertRefused(phrase("0"), new String[0], "is not translated (m:confirmed=\"0\": not confirmed)");
  }

  @Test
  void xliff12StateQualifierRejectedIsNoTranslation() {
    String rejected = plain.replace("state=\"translated\">Помочь", "state=\"needs-review-translation\" state-qualifier=\"rejected-inaccurate\">Помочь");
    assertTrue(!rejected.equals(plain));
    assertRefused(rejected, new String[0], "unit /blocks/2/cta (give.cta) is not translated (state-qualifier=\"rejected-inaccurate\": rejected by a reviewer)");
    String signedOff = plain.replace("state=\"translated\"", "state=\"signed-off\"");
    assertMerges(signedOff, "--require", "reviewed");
  }

  @Test
  void approvedYesIsAReview() {
    String approved = plain.replace("<trans-unit ", "<trans-unit approved=\"yes\" ");
    assertMerges(approved, "--require", "reviewed");
  }
}
