package org.localize.locale;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The case forms of one name, with a flag saying whether the paradigm rules were sure of them.
 *
 * <p>A case may hold more than one form: both in use (Ukrainian Пхеньяна and Пхеньяну), or a guess
 * between candidates (дворец: во дворце or в двореце). A guess makes the declension not {@code
 * confident}, and the checks then never call another form an error.
 */
public record Declension(String base, Map<GrammaticalCase, List<String>> forms, boolean confident) {

  public Declension {
    Objects.requireNonNull(base, "base");
    EnumMap<GrammaticalCase, List<String>> copy = new EnumMap<>(GrammaticalCase.class);
    forms.forEach((c, list) -> copy.put(c, List.copyOf(list)));
    forms = Collections.unmodifiableMap(copy);
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0\\u202F]+");

  /**
   * The words of a name phrase: trimmed, then split at white space, no-break and narrow no-break
   * spaces (one compiled pattern for the inflectors and the glossary's derivation, which split
   * every name and form).
   */
  static String[] words(String phrase) {
    return SPACES.split(phrase.trim());
  }

  /** A name that never changes. */
  public static Declension indeclinable(String base) {
    EnumMap<GrammaticalCase, List<String>> m = new EnumMap<>(GrammaticalCase.class);
    for (GrammaticalCase c : GrammaticalCase.values()) {
      m.put(c, List.of(base));
    }
    return new Declension(base, m, true);
  }

  /** The first (most likely) form of a case. */
  public String form(GrammaticalCase c) {
    List<String> list = forms.get(c);
    return list == null || list.isEmpty() ? base : list.get(0);
  }

  /** Every distinct form, base first. */
  public Set<String> allForms() {
    Set<String> all = new LinkedHashSet<>();
    all.add(base);
    forms.values().forEach(all::addAll);
    return Collections.unmodifiableSet(all);
  }
}
