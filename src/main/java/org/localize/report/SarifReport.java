package org.localize.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.localize.Version;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * Findings as SARIF 2.1.0, the format code-scanning interfaces (GitHub, GitLab, IDEs) read: one
 * run, the checks as rules, each finding with its file region and its JSON pointer as a logical
 * location.
 */
public final class SarifReport {
  private static final JsonFactory FACTORY = new JsonFactory();

  private SarifReport() {}

  public static String render(List<Finding> findings, Locator locator, List<CheckInfo> checks) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "localize");
      g.writeStringField("version", Version.VERSION);
      g.writeArrayFieldStart("rules");
      for (CheckInfo c : checks) {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", c.title());
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(c.severity()));
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("results");
      for (Finding f : findings) {
        Location loc = locator.locate(f);
        g.writeStartObject();
        g.writeStringField("ruleId", f.check());
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.suggestion() == null ? f.message() : f.message() + " Suggestion: " + f.suggestion());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", loc.file());
        g.writeEndObject();
        if (loc.line() > 0) {
          g.writeObjectFieldStart("region");
          g.writeNumberField("startLine", loc.line());
          if (loc.column() > 0) {
            g.writeNumberField("startColumn", loc.column());
            g.writeNumberField("endColumn", loc.column() + Math.max(1, loc.width()));
          }
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("fullyQualifiedName", f.unit());
        g.writeStringField("kind", "member");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
