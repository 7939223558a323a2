package org.localize.merge;

import java.util.Locale;

/**
 * What merge accepts: the lowest state a translation must have, and whether untranslated units
 * may keep their source text (they are then reported).
 */
public record MergeOptions(Required required, boolean allowUntranslated) {
  public static final MergeOptions DEFAULTS = new MergeOptions(Required.TRANSLATED, false);

  /** The lowest acceptable state of a translation. */
  public enum Required {
    TRANSLATED,
    REVIEWED,
    FINAL;

    public static Required parse(String s) {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
  }
}
