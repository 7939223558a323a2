package org.localize.formats;

import java.io.ByteArrayInputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assertions;
import org.xml.sax.SAXException;

/** Validates XLIFF the tests write against the OASIS schemas kept in src/test/resources/xsd/. */
final class Schemas {
  private static Schema xliff12;
  private static Schema xliff2;

  private Schemas() {}

  static synchronized void assertValid(byte[] xliff, boolean version2) {
    Schema schema = version2 ? (xliff2 = xliff2 != null ? xliff2 : load("/xsd/xliff-2/xliff_core_2.0.xsd"))
        : (xliff12 = xliff12 != null ? xliff12 : load("/xsd/xliff-core-1.2-strict.xsd"));
    try {
      Validator v = schema.newValidator();
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.validate(new StreamSource(new ByteArrayInputStream(xliff)));
    } catch (SAXException | java.io.IOException e) {
      Assertions.fail("not valid XLIFF " + (version2 ? "2" : "1.2") + ": " + e.getMessage() + "\n" + new String(xliff, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static Schema load(String resource) {
    try {
      URL url = Schemas.class.getResource(resource);
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      return f.newSchema(url);
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }
}
