package org.localize.report;

import java.util.List;
import org.localize.diag.Finding;

/**
 * Findings as a compiler prints them: {@code file:line:col: severity: [check.id] message}, then
 * the line and a caret under the span, then the suggestion.
 */
public final class TextReport {
  private TextReport() {}

  public static String render(List<Finding> findings, Locator locator, Summary summary) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      Location loc = locator.locate(f);
      sb.append(loc.file());
      if (loc.line() > 0) {
        sb.append(':').append(loc.line());
        if (loc.column() > 0) {
          sb.append(':').append(loc.column());
        }
      }
      sb.append(": ").append(f.severity().label()).append(": [").append(f.check()).append("] ")
          .append(f.message()).append(" (").append(f.unit()).append(")\n");
      if (loc.lineText() != null && loc.column() > 0) {
        String line = loc.lineText().replace('\t', ' ');
        sb.append("    ").append(line).append('\n');
        sb.append("    ").append(" ".repeat(Math.max(0, displayWidth(line, loc.column() - 1))))
            .append('^').append("~".repeat(Math.max(0, loc.width() - 1))).append('\n');
      }
      if (f.suggestion() != null) {
        sb.append("    suggestion: ").append(f.suggestion()).append('\n');
      }
    }
    sb.append(summary.sentence()).append('\n');
    return sb.toString();
  }

  /** Columns are code points; the caret line counts them the same way. */
  private static int displayWidth(String line, int codePoints) {
    return Math.min(codePoints, line.codePointCount(0, line.length()));
  }
}
