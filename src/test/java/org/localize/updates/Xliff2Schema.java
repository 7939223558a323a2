package org.localize.updates;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assertions;

/** Validates XLIFF 2 against the OASIS core schema in src/test/resources/xsd/xliff-2/. */
final class Xliff2Schema {
  private static Schema schema;

  private Xliff2Schema() {}

  static synchronized void assertValid(byte[] xliff) {
    try {
      if (schema == null) {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        schema = f.newSchema(Xliff2Schema.class.getResource("/xsd/xliff-2/xliff_core_2.0.xsd"));
      }
      Validator v = schema.newValidator();
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.validate(new StreamSource(new ByteArrayInputStream(xliff)));
    } catch (Exception e) {
      Assertions.fail("not valid XLIFF 2: " + e.getMessage());
    }
  }
}
