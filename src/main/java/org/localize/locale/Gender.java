package org.localize.locale;

import java.util.Locale;

/** Grammatical gender of a name, which decides the surname paradigm; {@code UNKNOWN} when not given. */
public enum Gender {
  MASCULINE,
  FEMININE,
  NEUTER,
  UNKNOWN;

  /** Reads "masculine", "feminine", "neuter" (or m/f/n), any case; null or blank gives UNKNOWN. */
  public static Gender parse(String label) {
    if (label == null || label.isBlank()) {
      return UNKNOWN;
    }
    switch (label.trim().toLowerCase(Locale.ROOT)) {
      case "m": case "masc": case "masculine": case "male": return MASCULINE;
      case "f": case "fem": case "feminine": case "female": return FEMININE;
      case "n": case "neut": case "neuter": return NEUTER;
      default: throw new IllegalArgumentException("unknown gender '" + label + "' (use masculine, feminine or neuter)");
    }
  }
}
