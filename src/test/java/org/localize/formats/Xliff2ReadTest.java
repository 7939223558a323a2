package org.localize.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.localize.Localizer;
import org.localize.diag.LocalizeException;
import org.localize.merge.MergeOptions;
import org.localize.merge.Merger;
import org.localize.story.Extraction;
import org.localize.xliff.TranslationFile;
import org.localize.xliff.XliffDocument;
import org.localize.xliff.XliffOptions;

/** Merge tells XLIFF 2 from 1.2 by namespace and applies the same safety rules to both. */
class Xliff2ReadTest {
  private static final XliffOptions V21 = new XliffOptions(false, XliffOptions.Version.V2_1, false);

  private static String pseudo21(Extraction ex) {
    TranslationFile file = RoundTrip.pseudoFile(ex, "ru");
    return new String(Localizer.toXliff(file, V21), StandardCharsets.UTF_8);
  }

  @Test
  void readsWhatItWritesWithTheStoryAndLocales() {
    Extraction ex = RoundTrip.extract("ans-0.10.12_washingtonpost-ans-schema_story-fixture-tiny-house.json");
    XliffDocument doc = Localizer.parseXliff("a.xlf", pseudo21(ex).getBytes(StandardCharsets.UTF_8));
    assertEquals("en", doc.sourceLocale());
    assertEquals("ru", doc.targetLocale());
    assertEquals(ex.storyId(), doc.storyId());
    assertEquals(ex.units().size(), doc.units().size());
    assertEquals("/headlines/basic", doc.units().get(4).resname());
    assertEquals("translated", doc.units().get(4).state());
    assertTrue(doc.units().get(4).line() > 0);
  }

  @Test
  void utf16WithBomAndCrlfAreRead() {
    Extraction ex = RoundTrip.extract("ninjs-3.1_iptc-newsinjson_007_multimedia.json");
    String xml = pseudo21(ex).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").replace("\n", "\r\n");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(0xFF);
    b.write(0xFE);
    b.writeBytes(xml.getBytes(StandardCharsets.UTF_16LE));
    byte[] viaUtf16 = Merger.merge(ex, Localizer.parseXliff("u16.xlf", b.toByteArray()), null, MergeOptions.DEFAULTS).bytes();
    byte[] viaUtf8 = Merger.merge(ex, Localizer.parseXliff("u8.xlf", pseudo21(ex).getBytes(StandardCharsets.UTF_8)), null, MergeOptions.DEFAULTS).bytes();
    assertArrayEquals(viaUtf8, viaUtf16);
  }

  @Test
  void aDoctypeIsRefusedBeforeAnyParserSeesIt() {
    Extraction ex = RoundTrip.extract("ninjs-3.1_iptc-newsinjson_007_multimedia.json");
    String xml = pseudo21(ex).replaceFirst("\\?>", "?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>");
    LocalizeException e = assertThrows(LocalizeException.class, () -> Localizer.parseXliff("evil.xlf", xml.getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void anAddedCodeIsCaughtAtMerge() {
    Extraction ex = RoundTrip.extract("ans-0.10.12_washingtonpost-ans-schema_story-fixture-tiny-house.json");
    String xml = pseudo21(ex);
    int unit = xml.indexOf("name=\"/content_elements/4/items/0/description/content\"");
    int target = xml.indexOf("<target xml:space=\"preserve\">", unit) + "<target xml:space=\"preserve\">".length();
    String broken = xml.substring(0, target) + "<ph id=\"9\"/>" + xml.substring(target);
    LocalizeException e = assertThrows(LocalizeException.class, () ->
        Merger.merge(ex, Localizer.parseXliff("b.xlf", broken.getBytes(StandardCharsets.UTF_8)), null, MergeOptions.DEFAULTS));
    assertTrue(e.getMessage().contains("has an inline code that the source does not have (placeholder id 9)"), e.getMessage());
  }
}
