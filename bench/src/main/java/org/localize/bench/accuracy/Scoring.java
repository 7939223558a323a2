package org.localize.bench.accuracy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * How the accuracy benchmark scores findings: the check families it counts by, and whether an
 * error injected into a faulty copy was caught.
 *
 * <p>An injected error is caught when the faulty copy has a finding on the injected unit, of one of
 * the families {@code expected.json} gives for it, that the clean translation does not have on the
 * same unit (same check, severity and message). A finding the clean text already had is the checker
 * saying what it said before the injection (often a false alarm), so it does not count as catching
 * the injected error.
 */
public final class Scoring {
  private Scoring() {}

  /** The families the tables count by; every check outside the first four is "other". */
  public static final List<String> FAMILIES = List.of("names", "dates", "numbers", "typography", "other");

  /** The family of a check id ({@code dates.weekday} → dates); markup, completeness, length → other. */
  public static String family(String check) {
    int dot = check.indexOf('.');
    String f = dot < 0 ? check : check.substring(0, dot);
    return FAMILIES.contains(f) && !f.equals("other") ? f : "other";
  }

  /** One entry of {@code expected.json}: the unit (JSON pointer) changed, the families that should see it. */
  public record Expected(String unit, List<String> families, String what) {
    public Expected {
      families = List.copyOf(families);
    }
  }

  /**
   * What the checker did about one injected error: caught by an error, caught by any finding (an
   * error, warning or info), and the findings that count (new on that unit, of its families).
   */
  public record Verdict(Expected expected, boolean byError, boolean byAny, List<Finding> evidence) {}

  /**
   * The findings of {@code faulty} that {@code clean} does not have: a multiset difference keyed by
   * unit, check, severity and message (a finding twice in the faulty copy and once in the clean one
   * leaves one).
   */
  public static List<Finding> fresh(List<Finding> clean, List<Finding> faulty) {
    Map<List<String>, Integer> before = new HashMap<>();
    for (Finding f : clean) {
      before.merge(key(f), 1, Integer::sum);
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : faulty) {
      List<String> k = key(f);
      Integer n = before.get(k);
      if (n != null && n > 0) {
        before.put(k, n - 1);
      } else {
        out.add(f);
      }
    }
    return out;
  }

  private static List<String> key(Finding f) {
    return List.of(f.unit(), f.check(), f.severity().name(), f.message());
  }

  /** The verdict on each expected entry, from the findings new in the faulty copy ({@link #fresh}). */
  public static List<Verdict> judge(List<Expected> expected, List<Finding> fresh) {
    List<Verdict> out = new ArrayList<>();
    for (Expected e : expected) {
      List<Finding> evidence = new ArrayList<>();
      boolean byError = false;
      for (Finding f : fresh) {
        if (f.unit().equals(e.unit()) && e.families().contains(family(f.check()))) {
          evidence.add(f);
          byError |= f.severity() == Severity.ERROR;
        }
      }
      out.add(new Verdict(e, byError, !evidence.isEmpty(), evidence));
    }
    return out;
  }

  /**
   * The new errors of the faulty copy that no expected entry accounts for: on a unit nothing was
   * injected into, or of a family the entry does not name (a date change reported as a names error).
   */
  public static List<Finding> stray(List<Expected> expected, List<Finding> fresh) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : fresh) {
      if (f.severity() != Severity.ERROR) {
        continue;
      }
      boolean explained = false;
      for (Expected e : expected) {
        if (f.unit().equals(e.unit()) && e.families().contains(family(f.check()))) {
          explained = true;
          break;
        }
      }
      if (!explained) {
        out.add(f);
      }
    }
    return out;
  }

  /** Caught and injected counts, overall and per family (an entry of two families counts in both). */
  public static final class Recall {
    public int injected;
    public int byError;
    public int byAny;
    public final Map<String, int[]> perFamily = new HashMap<>(); // family -> {caught by an error, injected}

    public void add(Verdict v) {
      injected++;
      byError += v.byError() ? 1 : 0;
      byAny += v.byAny() ? 1 : 0;
      Set<String> fams = new LinkedHashSet<>(v.expected().families());
      for (String f : fams) {
        int[] c = perFamily.computeIfAbsent(family(f), k -> new int[2]);
        c[0] += v.byError() ? 1 : 0;
        c[1]++;
      }
    }

    public void add(Recall other) {
      injected += other.injected;
      byError += other.byError;
      byAny += other.byAny;
      other.perFamily.forEach((k, v) -> {
        int[] c = perFamily.computeIfAbsent(k, x -> new int[2]);
        c[0] += v[0];
        c[1] += v[1];
      });
    }

    /** "caught/injected" for one family, or "-" when nothing of it was injected. */
    public String of(String family) {
      int[] c = perFamily.get(family);
      return c == null ? "-" : c[0] + "/" + c[1];
    }
  }
}
