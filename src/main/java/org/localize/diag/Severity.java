package org.localize.diag;

import java.util.Locale;

/** How serious a finding is; ordered from least to most serious. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  /** The lower-case name used in reports and on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a lower- or upper-case label; throws {@link IllegalArgumentException} for anything else. */
  public static Severity parse(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
