package org.localize.locale;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a person's known gender tells about the words of their name in one language.
 *
 * @param cases for each word of the person's accepted forms, the cases it stands in (Соколова: the
 *     nominative only, for a woman); empty when the forms were guessed (a gender tried both ways,
 *     rules that were unsure), so that nothing is ever proved from a guess
 * @param otherCases for each form of the surname in the other gender (Соколов, Соколова, Соколову...
 *     for Соколова), the cases it stands in there
 * @param otherOnly the other gender's surname forms that are no form of this person's names
 *     (Соколов, Соколовым; Sokolov in French; ソコロフ), each with this person's surname in the
 *     same case, for the suggestion
 */
public record PersonForms(
    Map<String, Set<GrammaticalCase>> cases,
    Map<String, Set<GrammaticalCase>> otherCases,
    Map<String, String> otherOnly) {

  static final PersonForms NONE = new PersonForms(Map.of(), Map.of(), Map.of());

  public PersonForms {
    cases = copy(cases);
    otherCases = copy(otherCases);
    otherOnly = Map.copyOf(otherOnly);
  }

  private static Map<String, Set<GrammaticalCase>> copy(Map<String, Set<GrammaticalCase>> m) {
    Map<String, Set<GrammaticalCase>> out = new java.util.HashMap<>();
    m.forEach((k, v) -> out.put(k, java.util.Collections.unmodifiableSet(v.isEmpty()
        ? EnumSet.noneOf(GrammaticalCase.class) : EnumSet.copyOf(v))));
    return Map.copyOf(out);
  }

  /** The cases {@code word} stands in as a form of this person's names, or null when unknown. */
  public Set<GrammaticalCase> casesOf(String word) {
    return cases.get(word);
  }
}
