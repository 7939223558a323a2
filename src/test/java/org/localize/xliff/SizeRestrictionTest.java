package org.localize.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;
import org.xml.sax.SAXException;

/**
 * XLIFF 2.1 carries length limits through the Size and Length Restriction module: the
 * {@code xliff:codepoints} profile in {@code <slr:profiles>}, {@code slr:sizeRestriction} on each
 * limited unit; valid against the OASIS core and module schemas together (the module's schema
 * validates what the core's lax wildcards let through), read back as the unit's limit, and
 * checked by validate.
 */
class SizeRestrictionTest {
  static Schema coreAndSizeRestriction;

  @TempDir Path tmp;

  @BeforeAll
  static void schemas() throws SAXException {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
    coreAndSizeRestriction = f.newSchema(new Source[] {
      new StreamSource(SizeRestrictionTest.class.getResource("/xsd/xliff-2/xliff_core_2.0.xsd").toString()),
      new StreamSource(SizeRestrictionTest.class.getResource("/xsd/xliff-2/size_restriction.xsd").toString())
    });
  }

  static void validate(String xliff) throws Exception {
    Validator v = coreAndSizeRestriction.newValidator();
    v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    v.validate(new StreamSource(new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8))));
  }

  String extract21() {
    Cli.Result r = Cli.run("extract", TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en.json").toString(), "-t", "de",
        "--xliff", "2.1", "-o", "-");
    assertEquals(0, r.exit(), r::toString);
    return r.stdout();
  }

  @Test
  void limitsAreSizeRestrictionsInTheCodepointsProfileAndSchemaValid() throws Exception {
    String xliff = extract21();
    assertTrue(xliff.contains("xmlns:slr=\"urn:oasis:names:tc:xliff:sizerestriction:2.0\""), xliff);
    assertTrue(xliff.contains("<slr:profiles generalProfile=\"xliff:codepoints\""), xliff);
    assertTrue(xliff.contains("<unit id=\"headline\" name=\"/headline\" type=\"localize:headline\" slr:sizeRestriction=\"110\">"), xliff);
    validate(xliff);
    // the module's schema is in force: what it forbids is refused
    String bad = xliff.replace("<slr:profiles generalProfile=\"xliff:codepoints\">",
        "<slr:profiles generalProfile=\"xliff:codepoints\"><slr:normalization general=\"nfkc\"/>");
    assertTrue(!bad.equals(xliff));
    assertThrows(SAXException.class, () -> validate(bad));
  }

  @Test
  void aStoryWithoutLimitsDeclaresNoModule() throws Exception {
    Path story = TestFiles.write(tmp.resolve("s.en.json"), "{\"locale\": \"en\", \"lead\": \"No limit here.\", \"blocks\": []}");
    Cli.Result r = Cli.run("extract", story.toString(), "-t", "de", "--xliff", "2.1", "-o", "-");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(!r.stdout().contains("slr:"), r.stdout());
    validate(r.stdout());
  }

  @Test
  void theLimitIsReadBackAndChecked() throws Exception {
    String xliff = extract21();
    XliffDocument doc = XliffReader.parse("story.en-de.xlf", xliff.getBytes(StandardCharsets.UTF_8));
    XliffUnit headline = doc.units().stream().filter(u -> u.id().equals("headline")).findFirst().orElseThrow();
    assertEquals(110, headline.maxLength());
    // a translation over the limit, in the file the translator returns
    String source = "North Korea welcomes Vladimir Putin for his first visit in over two decades — in photos</target>";
    String longer = "Nordkorea empfängt Wladimir Putin zu seinem ersten Besuch seit mehr als zwei Jahrzehnten — die Bilder des Tages</target>";
    assertTrue(xliff.contains(source));
    Path translated = TestFiles.write(tmp.resolve("story.en-de.xlf"), xliff.replace(source, longer));
    Cli.Result r = Cli.run("validate", translated.toString());
    assertTrue(r.stdout().contains("[length.max]") && r.stdout().contains("the limit is 110"), r::toString);
  }

  @Test
  void aProfileOtherThanCodepointsIsNotTakenForCharacters() {
    String xliff = extract21().replace("generalProfile=\"xliff:codepoints\"", "generalProfile=\"x-pixels:arial12\"");
    XliffDocument doc = XliffReader.parse("story.en-de.xlf", xliff.getBytes(StandardCharsets.UTF_8));
    assertEquals(0, doc.units().stream().filter(u -> u.id().equals("headline")).findFirst().orElseThrow().maxLength());
  }
}
