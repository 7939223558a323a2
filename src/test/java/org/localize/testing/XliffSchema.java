package org.localize.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The OASIS XLIFF 1.2 strict schema, loaded from the test resources (never from the network), and
 * an assertion that a document conforms to it. Every XLIFF a test writes goes through here.
 */
public final class XliffSchema {
  private static final Schema STRICT = load();

  private XliffSchema() {}

  private static Schema load() {
    URL xsd = XliffSchema.class.getResource("/xsd/xliff-core-1.2-strict.xsd");
    if (xsd == null) {
      throw new IllegalStateException("src/test/resources/xsd/xliff-core-1.2-strict.xsd is missing");
    }
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // The schema imports xml.xsd beside it (a file: URL); nothing may be fetched from the network.
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      return factory.newSchema(xsd);
    } catch (SAXException e) {
      throw new IllegalStateException("cannot load the XLIFF 1.2 schema: " + e.getMessage(), e);
    }
  }

  /** Fails the test, with the line, column and reason, unless {@code xliff} is valid XLIFF 1.2 strict. */
  public static void assertValid(byte[] xliff, String what) {
    try {
      Validator v = STRICT.newValidator();
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.validate(new StreamSource(new ByteArrayInputStream(xliff)));
    } catch (SAXParseException e) {
      fail(what + " is not valid XLIFF 1.2 strict at " + e.getLineNumber() + ":" + e.getColumnNumber()
          + ": " + e.getMessage());
    } catch (SAXException | IOException e) {
      fail(what + " is not valid XLIFF 1.2 strict: " + e.getMessage());
    }
  }
}
