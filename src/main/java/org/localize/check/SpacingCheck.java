package org.localize.check;

import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * Doubled spaces, a space before punctuation that takes none in the target locale, and leading or
 * trailing spaces that the source does not have.
 */
public final class SpacingCheck implements Check {

  @Override
  public String id() {
    return "typography.spacing";
  }

  @Override
  public String title() {
    return "Doubled spaces, spaces before punctuation, stray leading or trailing spaces";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    String raw = unit.pair().target();
    String masked = unit.target().masked();
    LocaleTools tools = story.targetTools();
    boolean spaceIsPunctuation = tools.noSpaceBefore(' '); // never in practice; then every space is read below
    // both findings below need a space before position i (a doubled space, a space before
    // punctuation): only the positions after a space are read, found by indexOf (vectorised) when
    // the text has no other space than ' ', by a scan otherwise
    boolean otherSpaces = raw.indexOf('\u00A0') >= 0 || raw.indexOf('\u202F') >= 0 || raw.indexOf('\u2009') >= 0;
    for (int j = nextSpace(raw, 0, otherSpaces); j >= 0 && j + 1 < raw.length(); j = nextSpace(raw, j + 1, otherSpaces)) {
      int i = j + 1;
      char c = raw.charAt(i);
      if (c == ' ') {
        if (raw.charAt(i - 1) != ' ' && !spaceIsPunctuation) {
          continue; // a single space: neither branch below can apply (most spaces end here)
        }
      } else if (!tools.noSpaceBefore(c)) {
        continue; // neither branch below can apply
      }
      boolean markup = masked.charAt(i) != raw.charAt(i);
      if (markup) {
        continue;
      }
      char prev = masked.charAt(i - 1) == raw.charAt(i - 1) ? raw.charAt(i - 1) : 'x';
      if (c == ' ' && raw.charAt(i - 1) == ' ' && (i < 2 || raw.charAt(i - 2) != ' ')) {
        int end = i;
        while (end < raw.length() && raw.charAt(end) == ' ') {
          end++;
        }
        if (end < raw.length() && i - 1 > 0) {
          out.add(unit.finding(this, Severity.WARNING, i - 1, end, "doubled space", " "));
        }
      } else if (tools.noSpaceBefore(c) && isSpace(prev) && !ellipsis(raw, i) && !lineStart(raw, i - 1)) {
        int start = i - 1;
        while (start > 0 && isSpace(raw.charAt(start - 1))) {
          start--;
        }
        out.add(unit.finding(this, Severity.WARNING, start, i + 1, "space before '" + c + "'", String.valueOf(c)));
      }
    }
    String src = unit.pair().source();
    if (!raw.isEmpty() && Character.isWhitespace(raw.charAt(0)) && !src.isEmpty() && !Character.isWhitespace(src.charAt(0))) {
      out.add(unit.finding(this, Severity.WARNING, 0, 1, "leading space that the source does not have", ""));
    }
    int last = raw.length() - 1;
    if (last > 0 && Character.isWhitespace(raw.charAt(last)) && !src.isEmpty()
        && !Character.isWhitespace(src.charAt(src.length() - 1))) {
      out.add(unit.finding(this, Severity.WARNING, last, last + 1, "trailing space that the source does not have", ""));
    }
  }

  /** The first space ({@link #isSpace}) of {@code s} from {@code from}, or -1; only ' ' unless {@code otherSpaces}. */
  private static int nextSpace(String s, int from, boolean otherSpaces) {
    if (!otherSpaces) {
      return s.indexOf(' ', from);
    }
    for (int i = from; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  /** AP writes a spaced ellipsis (I ... tried); a dot followed by dots is not a full stop. */
  private static boolean ellipsis(String s, int i) {
    return s.startsWith("..", i) || s.charAt(i) == '…' && i + 1 < s.length() && isSpace(s.charAt(i + 1));
  }

  private static boolean lineStart(String s, int i) {
    for (int k = i; k >= 0; k--) {
      if (!isSpace(s.charAt(k))) {
        return s.charAt(k) == '\n';
      }
    }
    return true;
  }
}
