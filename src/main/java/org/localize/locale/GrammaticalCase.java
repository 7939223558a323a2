package org.localize.locale;

import java.util.Locale;

/**
 * Grammatical cases of the languages whose names decline. {@code PREPOSITIONAL} is also the
 * locative of Ukrainian, Polish and Czech (the case after в/у/w/v); each language's data names the
 * cases it has and how its grammars label them.
 */
public enum GrammaticalCase {
  NOMINATIVE,
  GENITIVE,
  DATIVE,
  ACCUSATIVE,
  INSTRUMENTAL,
  PREPOSITIONAL,
  VOCATIVE;

  /** Reads a case label: the enum names, any case, and "locative" for {@link #PREPOSITIONAL}. */
  public static GrammaticalCase parse(String label) {
    String l = label.trim().toUpperCase(Locale.ROOT);
    if (l.equals("LOCATIVE")) {
      return PREPOSITIONAL;
    }
    return valueOf(l);
  }
}
