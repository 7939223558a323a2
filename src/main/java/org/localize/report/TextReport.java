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
        excerpt(sb, loc, Math.max(1, loc.width()));
      }
      if (f.suggestion() != null) {
        sb.append("    suggestion: ").append(f.suggestion()).append('\n');
      }
    }
    sb.append(summary.sentence()).append('\n');
    return sb.toString();
  }

  /**
   * The line with a caret under {@code width} code points from the location's column; a long line (a
   * minified story, a paragraph on one line) is cut to a window around the span. The location holds
   * the line's text around the column ({@link StoryLocator#RADIUS} ≥ {@link #WINDOW} characters
   * either side, all a window can show) and the line's length.
   */
  static void excerpt(StringBuilder sb, Location loc, int width) {
    String text = loc.lineText();
    // counted in code points; only the part shown is cut out (a tab shown as a space): a paragraph
    // of 50,000 quotes has as many findings, each with its 200 characters of line
    int count = text.codePointCount(0, text.length());
    int base = Math.max(0, loc.textColumn() - 1); // the index in the line of the text's first code point
    int length = Math.max(loc.lineLength(), base + count);
    int column = loc.column() - 1;
    int from = 0;
    int to = length;
    if (length > WINDOW) {
      from = Math.max(0, Math.min(column - CONTEXT, length - WINDOW));
      to = Math.min(length, Math.max(from + WINDOW, column + Math.min(width, WINDOW - CONTEXT)));
    }
    int shownFrom = Math.max(from, base);
    int shownTo = Math.max(shownFrom, Math.min(to, base + count));
    int start = count == text.length() ? shownFrom - base : text.offsetByCodePoints(0, shownFrom - base);
    int end = count == text.length() ? shownTo - base : text.offsetByCodePoints(start, shownTo - shownFrom);
    String prefix = from > 0 ? "…" : "";
    sb.append("    ").append(prefix).append(text.substring(start, end).replace('\t', ' '))
        .append(to < length ? "…" : "").append('\n');
    int caretAt = Math.max(0, Math.min(column, length) - from) + prefix.length();
    int caretWidth = Math.max(1, Math.min(width, to - Math.min(column, to)));
    sb.append("    ").append(" ".repeat(caretAt)).append('^').append("~".repeat(caretWidth - 1)).append('\n');
  }

  private static final int WINDOW = 100;
  private static final int CONTEXT = 40;
}
