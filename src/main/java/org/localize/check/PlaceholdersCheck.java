package org.localize.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.unit.TextFormat;

/** MessageFormat arguments ({amount}, {n, plural, …}) of the source missing from or added to the translation. */
public final class PlaceholdersCheck implements Check {

  private static final Pattern ARG = Pattern.compile("\\{\\s*([A-Za-z_][\\w]*|\\d+)\\s*[,}]");

  @Override
  public String id() {
    return "markup.placeholders";
  }

  @Override
  public String title() {
    return "MessageFormat arguments differ between source and translation";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    if (unit.pair().format() != TextFormat.MESSAGEFORMAT) {
      return;
    }
    Map<String, Integer> balance = new HashMap<>();
    Matcher s = ARG.matcher(unit.pair().source());
    while (s.find()) {
      balance.merge(s.group(1), 1, Integer::sum);
    }
    Map<String, Integer> seen = new HashMap<>();
    Matcher t = ARG.matcher(unit.pair().target());
    while (t.find()) {
      seen.merge(t.group(1), 1, Integer::sum);
      if (!balance.containsKey(t.group(1))) {
        out.add(unit.finding(this, Severity.ERROR, t.start(), t.end() - 1,
            "argument {" + t.group(1) + "} is not in the source", null));
      }
    }
    balance.keySet().stream().filter(k -> !seen.containsKey(k)).sorted().forEach(k ->
        out.add(unit.finding(this, Severity.ERROR, "argument {" + k + "} of the source is missing", null)));
  }
}
