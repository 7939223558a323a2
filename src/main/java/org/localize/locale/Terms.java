package org.localize.locale;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one locale calls a concept.
 *
 * @param names accepted names, preferred first (Владимир Путин, Путин)
 * @param caseForms explicit forms by case, which win over derived ones for that case
 * @param extraForms further accepted forms, whatever their case
 * @param variants spellings that are understood but not house style (warning)
 * @param forbidden spellings that are wrong (error)
 * @param related words that name the concept in a translation without being its name (North
 *     Korean for North Korea, российский for Россия): they satisfy a translation but never
 *     require one
 * @param decline which words decline, or null to let the rules decide
 * @param gender the grammatical gender of the names in this language (a place's gender differs
 *     from language to language: Korea is feminine in Russian, neuter in German), or null for the
 *     concept's
 */
public record Terms(
    List<String> names,
    Map<GrammaticalCase, List<String>> caseForms,
    List<String> extraForms,
    List<String> variants,
    List<String> forbidden,
    List<String> related,
    DeclineMode decline,
    Gender gender) {

  public Terms {
    names = List.copyOf(names);
    EnumMap<GrammaticalCase, List<String>> copy = new EnumMap<>(GrammaticalCase.class);
    caseForms.forEach((c, l) -> copy.put(c, List.copyOf(l)));
    caseForms = java.util.Collections.unmodifiableMap(copy);
    extraForms = List.copyOf(extraForms);
    variants = List.copyOf(variants);
    forbidden = List.copyOf(forbidden);
    related = List.copyOf(related);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a locale entry needs at least one name");
    }
    names.forEach(n -> Objects.requireNonNull(n, "name"));
  }

  /** Terms without a gender of their own. */
  public Terms(List<String> names, Map<GrammaticalCase, List<String>> caseForms, List<String> extraForms,
      List<String> variants, List<String> forbidden, List<String> related, DeclineMode decline) {
    this(names, caseForms, extraForms, variants, forbidden, related, decline, null);
  }

  /** The preferred name. */
  public String preferred() {
    return names.get(0);
  }
}
