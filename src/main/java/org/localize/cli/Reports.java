package org.localize.cli;

import java.util.List;
import java.util.Locale;
import org.localize.Validation;
import org.localize.diag.Finding;
import org.localize.diag.LocalizeException;
import org.localize.diag.Severity;
import org.localize.report.JsonReport;
import org.localize.report.Locator;
import org.localize.report.SarifReport;
import org.localize.report.Summary;
import org.localize.report.TextReport;

/** Renders findings in the format the user chose, and decides the exit code from them. */
final class Reports {
  private Reports() {}

  enum Format {
    TEXT,
    JSON,
    SARIF;

    static Format parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw LocalizeException.usage("--format: expected text, json or sarif, not '" + s + "'");
      }
    }
  }

  static String render(Format format, List<Finding> findings, Locator locator, int units) {
    return switch (format) {
      case TEXT -> TextReport.render(findings, locator, Summary.of(units, findings));
      case JSON -> JsonReport.render(findings, locator, Summary.of(units, findings));
      case SARIF -> SarifReport.render(findings, locator, Validation.checks());
    };
  }

  static Severity failOn(String label) {
    try {
      return Severity.parse(label);
    } catch (IllegalArgumentException e) {
      throw LocalizeException.usage("--fail-on: expected error, warning or info, not '" + label + "'");
    }
  }

  /** Whether any finding is at or above {@code threshold}. */
  static boolean fails(List<Finding> findings, Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().compareTo(threshold) >= 0);
  }

  /** Checks that every id or family given to --disable exists. */
  static void checkDisabled(List<String> disabled) {
    for (String id : disabled) {
      boolean known = Validation.checks().stream()
          .anyMatch(c -> c.id().equals(id) || c.id().startsWith(id + "."));
      if (!known) {
        throw LocalizeException.usage("--disable: no check or family '" + id + "'; 'localize checks' lists them");
      }
    }
  }
}
