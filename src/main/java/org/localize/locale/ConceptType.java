package org.localize.locale;

import java.util.Locale;

/** What a glossary concept names; it decides animacy and which declension patterns apply. */
public enum ConceptType {
  PERSON,
  PLACE,
  ORGANISATION,
  BRAND,
  OTHER;

  /** Reads a type label such as "person" or "organization"; null or blank gives OTHER. */
  public static ConceptType parse(String label) {
    if (label == null || label.isBlank()) {
      return OTHER;
    }
    String l = label.trim().toLowerCase(Locale.ROOT);
    switch (l) {
      case "person": case "people": return PERSON;
      case "place": case "location": case "geo": return PLACE;
      case "organisation": case "organization": case "org": case "agency": return ORGANISATION;
      case "brand": case "product": return BRAND;
      case "other": return OTHER;
      default: throw new IllegalArgumentException(
          "unknown concept type '" + label + "' (use person, place, organisation, brand or other)");
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
