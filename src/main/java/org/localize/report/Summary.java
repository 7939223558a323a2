package org.localize.report;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/** How many units were checked, and the findings counted by severity and by check family. */
public record Summary(int units, int errors, int warnings, int infos, Map<String, Integer> byFamily) {

  public Summary {
    byFamily = Collections.unmodifiableMap(new TreeMap<>(byFamily));
  }

  public static Summary of(int units, List<Finding> findings) {
    int[] counts = new int[Severity.values().length];
    Map<String, Integer> families = new TreeMap<>();
    for (Finding f : findings) {
      counts[f.severity().ordinal()]++;
      String family = f.check().contains(".") ? f.check().substring(0, f.check().indexOf('.')) : f.check();
      families.merge(family, 1, Integer::sum);
    }
    return new Summary(units, counts[Severity.ERROR.ordinal()], counts[Severity.WARNING.ordinal()],
        counts[Severity.INFO.ordinal()], families);
  }

  /** "2 errors, 1 warning, 0 notes in 27 strings". */
  public String sentence() {
    return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "note")
        + " in " + plural(units, "string");
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
