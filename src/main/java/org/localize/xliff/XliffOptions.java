package org.localize.xliff;

import java.util.Locale;

/**
 * How to write a translation file: {@code emptyTargets} leaves targets empty instead of pre-filling
 * them with the source (which OmegaT and some other tools need in order to translate at all);
 * {@code version} is the XLIFF version; {@code segment} splits units of more than one sentence
 * into sentences with the SRX rules of the source language.
 */
public record XliffOptions(boolean emptyTargets, Version version, boolean segment) {
  public static final XliffOptions DEFAULTS = new XliffOptions(false);

  public XliffOptions(boolean emptyTargets) {
    this(emptyTargets, Version.V1_2, false);
  }

  public XliffOptions {
    if (version == null) {
      version = Version.V1_2;
    }
  }

  /** The XLIFF versions localize writes. */
  public enum Version {
    V1_2("1.2"),
    V2_1("2.1");

    private final String label;

    Version(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** "1.2", "2.1" (and "2", "2.0", "2.x" for 2.1, which is what localize writes of XLIFF 2). */
    public static Version parse(String s) {
      return switch (s.trim().toLowerCase(Locale.ROOT)) {
        case "1.2", "1" -> V1_2;
        case "2.1", "2", "2.0", "2.x" -> V2_1;
        default -> throw new IllegalArgumentException("expected 1.2 or 2.1, not '" + s + "'");
      };
    }
  }
}
