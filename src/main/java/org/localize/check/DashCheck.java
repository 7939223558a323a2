package org.localize.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.locale.LocaleData;

/**
 * A hyphen, en dash or double hyphen used as a clause dash, or the locale's dash without the
 * spaces house style wants; hyphens inside words (2025-м, Кот-д’Ивуар) and number ranges are left alone.
 */
public final class DashCheck implements Check {

  private static final String SP = "[ \\u00A0\\u202F\\u2009]";
  private static final Pattern SPACED = Pattern.compile("(?<=\\S)" + SP + "+(-|–|--)" + SP + "+(?=\\S)");
  private static final Pattern DOUBLE = Pattern.compile("(?<=\\p{L})--(?=\\p{L})");
  private static final Pattern TIGHT = Pattern.compile("(?<=\\p{L})([—–])(?=\\p{L})");

  @Override
  public String id() {
    return "typography.dash";
  }

  @Override
  public String title() {
    return "Dashes are not the target locale's (hyphen for dash, missing spaces)";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    LocaleData.Typography t = story.targetTools().data().typography();
    String s = unit.target().masked();
    if (s.indexOf('-') < 0 && s.indexOf('–') < 0 && s.indexOf('—') < 0) {
      return;
    }
    String dash = t.dash();
    String spaced = t.dashSpaced() ? " " + dash + " " : dash;
    Matcher m = SPACED.matcher(s);
    while (m.find()) {
      if (m.group(1).equals(dash) || digitsAround(s, m.start(), m.end())) {
        continue;
      }
      out.add(unit.finding(this, Severity.WARNING, m.start(1), m.end(1),
          "'" + m.group(1) + "' used as a dash; house style is '" + spaced.strip() + "'", dash));
    }
    Matcher d = DOUBLE.matcher(s);
    while (d.find()) {
      out.add(unit.finding(this, Severity.WARNING, d.start(), d.end(), "double hyphen used as a dash", spaced));
    }
    if (t.dashSpaced()) {
      Matcher k = TIGHT.matcher(s);
      while (k.find()) {
        if (k.group(1).equals(dash)) {
          out.add(unit.finding(this, Severity.WARNING, k.start(), k.end(),
              "dash without spaces; house style is '" + spaced.strip() + "' with a space on each side", spaced));
        }
      }
    }
  }

  private static boolean digitsAround(String s, int start, int end) {
    return start > 0 && Character.isDigit(s.charAt(start - 1)) && end < s.length() && Character.isDigit(s.charAt(end));
  }
}
