package org.localize.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.localize.diag.Finding;

/** Findings as JSON, in the shape of DESIGN §7: {@code {"findings": [...], "summary": {...}}}. */
public final class JsonReport {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReport() {}

  public static String render(List<Finding> findings, Locator locator, Summary summary) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeArrayFieldStart("findings");
      for (Finding f : findings) {
        Location loc = locator.locate(f);
        g.writeStartObject();
        g.writeStringField("check", f.check());
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("unit", f.unit());
        g.writeStringField("message", f.message());
        g.writeNumberField("start", f.start());
        g.writeNumberField("end", f.end());
        g.writeStringField("suggestion", f.suggestion());
        g.writeStringField("file", loc.file());
        if (loc.line() > 0) {
          g.writeNumberField("line", loc.line());
          g.writeNumberField("column", loc.column());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("units", summary.units());
      g.writeNumberField("errors", summary.errors());
      g.writeNumberField("warnings", summary.warnings());
      g.writeNumberField("infos", summary.infos());
      g.writeObjectFieldStart("byFamily");
      for (Map.Entry<String, Integer> e : summary.byFamily().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }
}
