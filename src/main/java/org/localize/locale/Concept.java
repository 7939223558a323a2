package org.localize.locale;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One person, place, organisation or brand, with what each language calls it.
 *
 * @param id stable identifier (vladimir-putin)
 * @param anyScript whether its names may appear unchanged in any script (agencies such as Reuters
 *     keep their Latin name in Russian credits)
 * @param terms per language subtag ("en", "ru")
 * @param origin the file (and entry) it came from, for messages
 */
public record Concept(
    String id, ConceptType type, Gender gender, boolean anyScript, Map<String, Terms> terms, String origin) {

  public Concept {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(gender, "gender");
    terms = Map.copyOf(terms);
    Objects.requireNonNull(origin, "origin");
  }

  /** The terms for a language subtag, if the concept has any. */
  public Optional<Terms> terms(String language) {
    return Optional.ofNullable(terms.get(language));
  }
}
