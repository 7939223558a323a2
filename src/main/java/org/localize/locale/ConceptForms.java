package org.localize.locale;

import java.util.Set;

/**
 * Every spelling of one concept that a check needs in one language: accepted forms (names with
 * their case forms), non-house variants, forbidden spellings, wrong-gender phrases and related words (adjectives) that satisfy a translation.
 *
 * @param confident false when some accepted forms were derived by rules that were unsure
 * @param stems accepted phrases whose last word is only a stem that takes an ending of up to
 *     {@code maxEnding} letters (a lenient match, for a language without declension data)
 * @param relatedStems words that mention the concept (demonyms: российск, Russian), each a stem that
 *     may take an ending of up to four letters, in either case of its first letter
 * @param kind for places, what kind: "country", "city" (built in) or "place" (a glossary's); a
 *     place is only ever mistaken for one of its own kind
 * @param person for a person of known gender, the cases of the words of their name and the other
 *     gender's surname forms ({@link PersonForms}); empty otherwise
 */
public record ConceptForms(
    Concept concept,
    String language,
    Set<String> accepted,
    boolean confident,
    Set<String> variants,
    Set<String> forbidden,
    Set<String> wrongGender,
    Set<String> related,
    Set<String> stems,
    int maxEnding,
    Set<String> relatedStems,
    String kind,
    PersonForms person) {

  public ConceptForms {
    accepted = ordered(accepted);
    variants = ordered(variants);
    forbidden = ordered(forbidden);
    wrongGender = ordered(wrongGender);
    related = ordered(related);
    stems = ordered(stems);
    relatedStems = ordered(relatedStems);
    person = person == null ? PersonForms.NONE : person;
  }

  /**
   * An unmodifiable copy that iterates in the order given. Set.copyOf's order changes from one JVM
   * to the next, and a check that takes the first of two equally close forms (names.form's
   * suggestion) then suggested Pjongjangu in one run and Pjongjanga in the next.
   */
  private static Set<String> ordered(Set<String> s) {
    return s.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(s));
  }

  /** The preferred name in this language. */
  public String preferred() {
    return concept.terms(language).map(Terms::preferred).orElse(concept.id());
  }
}
