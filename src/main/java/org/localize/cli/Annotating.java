package org.localize.cli;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.unit.TextPair;
import org.localize.xliff.Annotations;

/** validate --annotate: the findings of a translated XLIFF file as notes in its units. */
final class Annotating {
  private Annotating() {}

  /** The file {@code xliff} with the findings of {@code r} written into it as notes. */
  static byte[] annotate(InputFile xliff, Checking.Result r) {
    Map<String, String> targets = new HashMap<>();
    for (TextPair p : r.pairs()) {
      targets.put(p.pointer(), p.target());
    }
    Map<String, List<Annotations.Note>> notes = new LinkedHashMap<>();
    for (Finding f : r.findings()) {
      notes.computeIfAbsent(f.unit(), k -> new java.util.ArrayList<>()).add(
          new Annotations.Note(text(f, targets.get(f.unit())), priority(f.severity())));
    }
    return Annotations.annotate(xliff.name(), xliff.xliffBytes(), notes);
  }

  /** {@code localize validate: error [dates.weekday] message: «excerpt»; suggestion: X} */
  static String text(Finding f, String target) {
    StringBuilder sb = new StringBuilder("localize validate: ").append(f.severity().label()).append(" [").append(f.check())
        .append("] ").append(f.message());
    if (f.hasSpan() && target != null && f.end() <= target.length() && f.end() > f.start()) {
      String excerpt = target.substring(f.start(), f.end());
      if (excerpt.length() <= 80 && !excerpt.isBlank()) {
        sb.append(": «").append(excerpt).append('»');
      }
    }
    if (f.suggestion() != null && !f.suggestion().isEmpty()) {
      sb.append("; suggestion: ").append(f.suggestion());
    }
    return sb.toString();
  }

  /** XLIFF priority: 1 for errors, 2 for warnings, 3 for notes. */
  static int priority(Severity s) {
    return switch (s) {
      case ERROR -> 1;
      case WARNING -> 2;
      default -> 3;
    };
  }
}
