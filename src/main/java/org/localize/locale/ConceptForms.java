package org.localize.locale;

import java.util.Set;

/**
 * Every spelling of one concept that a check needs in one language: accepted forms (names with
 * their case forms), non-house variants, forbidden spellings, wrong-gender phrases and related words (adjectives) that satisfy a translation.
 *
 * @param confident false when some accepted forms were derived by rules that were unsure
 */
public record ConceptForms(
    Concept concept,
    String language,
    Set<String> accepted,
    boolean confident,
    Set<String> variants,
    Set<String> forbidden,
    Set<String> wrongGender,
    Set<String> related) {

  public ConceptForms {
    accepted = Set.copyOf(accepted);
    variants = Set.copyOf(variants);
    forbidden = Set.copyOf(forbidden);
    wrongGender = Set.copyOf(wrongGender);
    related = Set.copyOf(related);
  }

  /** The preferred name in this language. */
  public String preferred() {
    return concept.terms(language).map(Terms::preferred).orElse(concept.id());
  }
}
