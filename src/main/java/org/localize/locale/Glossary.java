package org.localize.locale;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A names glossary: concepts with their names per language, and the forms derived from them.
 *
 * <p>Immutable apart from a cache of derived forms, so one instance can serve every thread.
 */
public final class Glossary {

  private static final Glossary EMPTY = new Glossary(List.of());

  private final List<Concept> concepts;
  private final Map<String, Concept> byId;
  private final Map<String, List<ConceptForms>> formsCache = new ConcurrentHashMap<>();

  private Glossary(List<Concept> concepts) {
    this.concepts = List.copyOf(concepts);
    Map<String, Concept> m = new LinkedHashMap<>();
    concepts.forEach(c -> m.put(c.id(), c));
    this.byId = Map.copyOf(m);
  }

  public static Glossary empty() {
    return EMPTY;
  }

  /** A glossary of these concepts; ids must be unique. */
  public static Glossary of(List<Concept> concepts) {
    Map<String, Concept> seen = new LinkedHashMap<>();
    for (Concept c : concepts) {
      Concept before = seen.put(c.id(), c);
      if (before != null) {
        throw new LocaleDataException(c.origin() + ": concept id '" + c.id() + "' is already defined in "
            + before.origin() + "; give it another id or delete one entry");
      }
    }
    return new Glossary(concepts);
  }

  /**
   * Merges glossaries; a later concept with an id seen before replaces, per language, the earlier
   * one's terms (so a user's TBX export can refine the built-in glossary).
   */
  public static Glossary merge(List<Glossary> parts) {
    Map<String, Concept> merged = new LinkedHashMap<>();
    for (Glossary g : parts) {
      for (Concept c : g.concepts) {
        merged.merge(c.id(), c, Glossary::overlay);
      }
    }
    return new Glossary(new ArrayList<>(merged.values()));
  }

  private static Concept overlay(Concept base, Concept top) {
    Map<String, Terms> terms = new LinkedHashMap<>(base.terms());
    terms.putAll(top.terms());
    ConceptType type = top.type() == ConceptType.OTHER ? base.type() : top.type();
    Gender gender = top.gender() == Gender.UNKNOWN ? base.gender() : top.gender();
    return new Concept(top.id(), type, gender, base.anyScript() || top.anyScript(), terms,
        top.origin() + " over " + base.origin());
  }

  public List<Concept> concepts() {
    return concepts;
  }

  public Optional<Concept> concept(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public boolean isEmpty() {
    return concepts.isEmpty();
  }

  /**
   * The forms of every concept that has terms in {@code language}; {@code inflection} ("ru" or
   * "none", from {@link LocaleData.Names#inflection()}) chooses how case forms are derived.
   */
  public List<ConceptForms> forms(String language, String inflection) {
    return formsCache.computeIfAbsent(language + "|" + inflection, k -> derive(language, inflection));
  }

  private List<ConceptForms> derive(String language, String inflection) {
    List<ConceptForms> out = new ArrayList<>();
    for (Concept c : concepts) {
      c.terms(language).ifPresent(t -> out.add(derive(c, t, language, inflection)));
    }
    return List.copyOf(out);
  }

  private static ConceptForms derive(Concept c, Terms t, String language, String inflection) {
    Set<String> accepted = new LinkedHashSet<>();
    Set<String> wrongGender = new LinkedHashSet<>();
    boolean confident = true;
    boolean russian = inflection.equals("ru");
    for (String name : t.names()) {
      accepted.add(name);
      if (!russian) {
        continue;
      }
      List<DeclineMode> modes = modes(c, t, name);
      // without a type (TBX exports rarely say) decline both as a person and as a place, and be unsure
      List<ConceptType> types = c.type() == ConceptType.OTHER
          ? List.of(ConceptType.PERSON, ConceptType.PLACE) : List.of(c.type());
      boolean covered = t.caseForms().keySet().containsAll(List.of(GrammaticalCase.values()));
      for (DeclineMode mode : modes) {
        for (ConceptType type : types) {
          Declension d = RussianNames.decline(name, type, c.gender(), mode);
          EnumMap<GrammaticalCase, List<String>> byCase = new EnumMap<>(d.forms());
          byCase.putAll(t.caseForms()); // explicit forms win for their case
          byCase.values().forEach(accepted::addAll);
          confident &= covered || (d.confident() && modes.size() == 1 && types.size() == 1);
        }
      }
      if (c.type() == ConceptType.PERSON) {
        wrongGender.addAll(RussianNames.wrongGenderForms(name, c.gender()));
      }
    }
    t.caseForms().values().forEach(accepted::addAll);
    accepted.addAll(t.extraForms());
    wrongGender.removeAll(accepted);
    Set<String> variants = new LinkedHashSet<>();
    for (String v : t.variants()) {
      variants.add(v);
      if (russian) {
        variants.addAll(RussianNames.decline(v, c.type(), c.gender(), modes(c, t, v).get(0)).allForms());
      }
    }
    variants.removeAll(accepted);
    Set<String> forbidden = new LinkedHashSet<>();
    for (String f : t.forbidden()) {
      forbidden.add(f);
      if (russian) {
        forbidden.addAll(RussianNames.decline(f, c.type(), c.gender(), modes(c, t, f).get(0)).allForms());
      }
    }
    forbidden.removeAll(accepted);
    Set<String> related = new LinkedHashSet<>(t.related());
    related.removeAll(accepted);
    return new ConceptForms(c, language, accepted, confident, variants, forbidden, wrongGender, related);
  }

  /**
   * The declension modes to try: the entry's own, or for a person whose name is all short words
   * (Ким Чен Ын, Мун Чжэ Ин) both "only the last word" and "every word", since base-form-only
   * glossaries such as TBX exports do not say which applies.
   */
  private static List<DeclineMode> modes(Concept c, Terms t, String name) {
    if (t.decline() != null) {
      return List.of(t.decline());
    }
    String[] words = name.trim().split("\\s+");
    boolean allShort = words.length >= 2;
    for (String w : words) {
      allShort &= w.length() <= 4;
    }
    return (c.type() == ConceptType.PERSON || c.type() == ConceptType.OTHER) && allShort
        ? List.of(DeclineMode.LAST, DeclineMode.ALL) : List.of(DeclineMode.ALL);
  }
}
