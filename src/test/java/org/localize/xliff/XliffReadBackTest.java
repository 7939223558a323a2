package org.localize.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.localize.Localizer;
import org.localize.story.Extraction;
import org.localize.story.StoryReader;
import org.localize.testing.Corpus;
import org.localize.testing.XliffSchema;
import org.localize.unit.Content;
import org.localize.unit.Unit;

/**
 * What extract writes is what a CAT tool reads: Okapi's own XLIFFFilter (and localize's reader)
 * returns the same units as the extraction, with the same ids, resnames, source text and codes.
 */
class XliffReadBackTest {

  /** A unit as compared: id, resname, restype-free text, and the codes as kind:id. */
  record Seen(String id, String resname, String text, List<String> codes) {}

  static Seen of(Unit u) {
    List<String> codes = new ArrayList<>();
    for (Content.Code c : u.source().codes()) {
      codes.add(c.kind() + ":" + c.id());
    }
    return new Seen(u.id(), u.pointer(), u.source().plainText(), codes);
  }

  static Seen of(ITextUnit tu) {
    TextFragment f = tu.getSource().getUnSegmentedContentCopy();
    String coded = f.getCodedText();
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < coded.length(); i++) {
      char ch = coded.charAt(i);
      if (TextFragment.isMarker(ch)) {
        Code code = f.getCode(coded.charAt(++i));
        String kind = switch (ch) {
          case TextFragment.MARKER_OPENING -> "OPEN";
          case TextFragment.MARKER_CLOSING -> "CLOSE";
          default -> "PLACEHOLDER";
        };
        codes.add(kind + ":" + code.getId());
      }
    }
    return new Seen(tu.getId(), tu.getName(), f.getText(), codes);
  }

  static Seen of(XliffUnit u) {
    List<String> codes = new ArrayList<>();
    for (Content.Code c : u.source().codes()) {
      codes.add(c.kind() + ":" + c.id());
    }
    return new Seen(u.id(), u.resname(), u.source().plainText(), codes);
  }

  @TestFactory
  Stream<DynamicTest> okapiReadsBackTheExtractedUnits() {
    return Corpus.stories().stream().map(story -> DynamicTest.dynamicTest(story.name(), () -> {
      Extraction ex = Localizer.extract(StoryReader.parse("story.json", story.bytes()), null);
      String src = Localizer.sourceLocale(ex, sourceLocaleOption(story));
      String tgt = Localizer.canonicalLocale(story.target(), "--target");
      byte[] xliff = Localizer.toXliff(Localizer.translationFile(ex, src, tgt), XliffOptions.DEFAULTS);
      XliffSchema.assertValid(xliff, story.name() + " as XLIFF");

      List<Seen> expected = ex.units().stream().map(XliffReadBackTest::of).toList();
      List<Seen> okapi = new ArrayList<>();
      LocaleId target = LocaleId.fromBCP47(tgt);
      try (XLIFFFilter filter = new XLIFFFilter()) {
        filter.open(new RawDocument(new ByteArrayInputStream(xliff), "UTF-8", LocaleId.fromBCP47(src), target));
        while (filter.hasNext()) {
          Event e = filter.next();
          if (e.isTextUnit()) {
            ITextUnit tu = e.getTextUnit();
            assertNotNull(tu.getTarget(target), "pre-filled target of " + tu.getId());
            okapi.add(of(tu));
          }
        }
      }
      assertEquals(expected, okapi, "Okapi's XLIFFFilter");
      assertEquals(expected, Xliff12Reader.parse("x.xlf", xliff).units().stream().map(XliffReadBackTest::of).toList(),
          "localize's Xliff12Reader");
    }));
  }

  /**
   * Translated files (the example's Russian XLIFF, the CAT-tool fixtures in UTF-16, with segments
   * and alt-trans): Okapi's XLIFFFilter reads every unit and the same target text as localize.
   */
  @TestFactory
  Stream<DynamicTest> okapiReadsTranslatedFilesWithTheirTargets() {
    return Stream.of(
            org.localize.testing.TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en-ru.xlf"),
            org.localize.testing.TestFiles.TEST_RESOURCES.resolve("merge/cat-tool/plain.en-ru.xlf"),
            org.localize.testing.TestFiles.TEST_RESOURCES.resolve("merge/cat-tool/cat-tool.en-ru.xlf"))
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
          XliffDocument ours = XliffReader.read(file);
          LocaleId target = LocaleId.fromBCP47(ours.targetLocale());
          List<String[]> okapi = new ArrayList<>();
          try (XLIFFFilter filter = new XLIFFFilter()) {
            filter.open(new RawDocument(file.toUri(), "UTF-8", LocaleId.fromBCP47(ours.sourceLocale()), target));
            while (filter.hasNext()) {
              Event e = filter.next();
              if (e.isTextUnit()) {
                ITextUnit tu = e.getTextUnit();
                assertNotNull(tu.getTarget(target), "target of " + tu.getId());
                okapi.add(new String[] {tu.getId(), tu.getTarget(target).getUnSegmentedContentCopy().getText()});
              }
            }
          }
          assertEquals(ours.units().size(), okapi.size(), "units");
          for (int i = 0; i < okapi.size(); i++) {
            assertEquals(ours.units().get(i).id(), okapi.get(i)[0]);
            assertEquals(ours.units().get(i).target().plainText(), okapi.get(i)[1], "target of " + okapi.get(i)[0]);
          }
        }));
  }

  private static String sourceLocaleOption(Corpus.Story story) {
    int i = story.extractArgs().indexOf("--source-locale");
    return i < 0 ? null : story.extractArgs().get(i + 1);
  }
}
