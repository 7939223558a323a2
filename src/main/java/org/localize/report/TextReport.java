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
        excerpt(sb, loc.lineText().replace('\t', ' '), loc.column() - 1, Math.max(1, loc.width()));
      }
      if (f.suggestion() != null) {
        sb.append("    suggestion: ").append(f.suggestion()).append('\n');
      }
    }
    sb.append(summary.sentence()).append('\n');
    return sb.toString();
  }

  /**
   * The line with a caret under {@code width} code points from {@code column}; a long line (a
   * minified story, a paragraph on one line) is cut to a window around the span.
   */
  private static void excerpt(StringBuilder sb, String line, int column, int width) {
    int[] cps = line.codePoints().toArray();
    int from = 0;
    int to = cps.length;
    if (cps.length > WINDOW) {
      from = Math.max(0, Math.min(column - CONTEXT, cps.length - WINDOW));
      to = Math.min(cps.length, Math.max(from + WINDOW, column + Math.min(width, WINDOW - CONTEXT)));
    }
    String prefix = from > 0 ? "…" : "";
    sb.append("    ").append(prefix).append(new String(cps, from, to - from)).append(to < cps.length ? "…" : "").append('\n');
    int caretAt = Math.max(0, Math.min(column, cps.length) - from) + prefix.length();
    int caretWidth = Math.max(1, Math.min(width, to - Math.min(column, to)));
    sb.append("    ").append(" ".repeat(caretAt)).append('^').append("~".repeat(caretWidth - 1)).append('\n');
  }

  private static final int WINDOW = 100;
  private static final int CONTEXT = 40;
}
