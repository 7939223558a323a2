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
  /** Derived forms by LocaleData instance (one derivation per locale). */
  private final Map<SameInstance, List<ConceptForms>> formsCache = new ConcurrentHashMap<>();

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
   * The forms of every concept in the language of {@code data}, derived by its {@link
   * NameInflector}: the glossary's concepts, the built-in places of that language from CLDR
   * ({@link Places}) with the locale's extra names and demonyms, and any-script concepts (Reuters)
   * whatever languages they have terms in. A glossary place that shares a name with a built-in one
   * (in any of its languages) absorbs it, so that the two are one concept on both sides of a
   * translation. Built once per glossary and locale data, on first use.
   */
  public List<ConceptForms> forms(LocaleData data) {
    return formsCache.computeIfAbsent(new SameInstance(data), k -> derive(data));
  }

  /** Built-in place id → the glossary concept that absorbs it; computed once. */
  private volatile Map<String, String> aliases;

  private Map<String, String> aliases() {
    Map<String, String> a = aliases;
    if (a == null) {
      Map<String, String> m = new LinkedHashMap<>();
      for (Concept c : concepts) {
        if (c.type() != ConceptType.PLACE && c.type() != ConceptType.OTHER) {
          continue;
        }
        for (Map.Entry<String, Terms> e : c.terms().entrySet()) {
          Set<String> names = new java.util.HashSet<>(e.getValue().names());
          for (Places.Place p : Places.of(e.getKey())) {
            for (String n : p.names()) {
              if (names.contains(n)) {
                m.putIfAbsent(p.id(), c.id());
              }
            }
          }
        }
      }
      aliases = a = Map.copyOf(m);
    }
    return a;
  }

  private List<ConceptForms> derive(LocaleData data) {
    String language = data.language();
    NameInflector inflector = data.names().inflector();
    Map<String, String> alias = aliases();
    // what the built-in places add to each glossary concept that absorbs one
    Map<String, List<String>> extraNames = new LinkedHashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    Map<String, List<String>> extraDemonyms = new LinkedHashMap<>();
    List<Places.Place> builtIn = new ArrayList<>();
    for (Places.Place p : Places.of(language)) {
      String owner = alias.get(p.id());
      List<String> extra = data.names().places().getOrDefault(Places.key(p.id()), List.of());
      List<String> demonyms = data.names().demonyms().getOrDefault(Places.key(p.id()), List.of());
      String kind = p.city() ? "city" : "country";
      if (owner == null) {
        builtIn.add(p);
        continue;
      }
      extraNames.computeIfAbsent(owner, k -> new ArrayList<>()).addAll(p.names());
      extraNames.get(owner).addAll(extra);
      extraDemonyms.computeIfAbsent(owner, k -> new ArrayList<>()).addAll(demonyms);
      kinds.putIfAbsent(owner, kind);
    }
    List<ConceptForms> out = new ArrayList<>();
    for (Concept c : concepts) {
      Terms t = c.terms().get(language);
      List<String> more = extraNames.getOrDefault(c.id(), List.of());
      String kind = c.type() == ConceptType.PLACE ? kinds.getOrDefault(c.id(), "place") : kinds.get(c.id());
      List<String> demonyms = new ArrayList<>(extraDemonyms.getOrDefault(c.id(), List.of()));
      demonyms.addAll(data.names().demonyms().getOrDefault(c.id(), List.of()));
      if (t == null && !more.isEmpty()) {
        t = new Terms(more, Map.of(), List.of(), List.of(), List.of(), List.of(), null);
        more = List.of();
      }
      if (t != null) {
        out.add(derive(c, t, more, demonyms, kind, language, inflector, null));
      } else if (c.anyScript()) {
        // an agency kept in its own script in every language, even without terms for this one
        Set<String> all = new LinkedHashSet<>();
        c.terms().values().forEach(x -> all.addAll(x.names()));
        Terms any = new Terms(List.copyOf(all), Map.of(), List.of(), List.of(), List.of(), List.of(), DeclineMode.NONE);
        out.add(derive(c, any, List.of(), demonyms, kind, language, NameInflector.none(), null));
      }
    }
    // the places' forms as the jar ships them, when made from this ICU and these names data
    Map<String, PlaceForms.Derived> shipped = builtIn.isEmpty() ? null : PlaceForms.shipped(data);
    for (Places.Place p : builtIn) {
      String key = Places.key(p.id());
      List<String> extra = data.names().places().getOrDefault(key, List.of());
      List<String> names = new ArrayList<>(p.names());
      extra.stream().filter(n -> !names.contains(n)).forEach(names::add); // extra names, and irregular forms
      Concept c = new Concept(p.id(), ConceptType.PLACE, Gender.UNKNOWN, false,
          Map.of(language, new Terms(names, Map.of(), List.of(), List.of(), List.of(), List.of(), null)),
          "CLDR (" + (p.city() ? "time zone " : "region ") + key + ")");
      out.add(derive(c, c.terms().get(language), List.of(), data.names().demonyms().getOrDefault(key, List.of()),
          p.city() ? "city" : "country", language, inflector, shipped == null ? null : shipped.get(p.id())));
    }
    return List.copyOf(out);
  }

  /**
   * The forms of concept {@code c} in {@code language}; {@code shipped}, when not null, is what this
   * derived for it before (a built-in place's {@link PlaceForms}): its accepted forms and confidence
   * are taken from there instead of declining its names again.
   */
  private static ConceptForms derive(Concept c, Terms t, List<String> moreNames, List<String> demonyms, String kind,
      String language, NameInflector inflector, PlaceForms.Derived shipped) {
    Set<String> accepted = new LinkedHashSet<>();
    Set<String> wrongGender = new LinkedHashSet<>();
    Set<String> stems = new LinkedHashSet<>();
    boolean confident = true;
    boolean paradigm = inflector.kind().equals("paradigm");
    Gender gender = gender(c, t);
    // a person of unknown gender is declined both ways; other names once, by the rules that hold
    // whatever the gender (the data marks those "unknown": Кремль/Сибирь, Королевство/Токио)
    List<Gender> genders = gender != Gender.UNKNOWN || !paradigm || c.type() != ConceptType.PERSON ? List.of(gender)
        : List.of(Gender.MASCULINE, Gender.FEMININE);
    List<String> names = new ArrayList<>(t.names());
    moreNames.stream().filter(n -> !names.contains(n)).forEach(names::add);
    // (most concepts give no case forms of their own: then only an inflector without cases is covered)
    boolean covered = t.caseForms().isEmpty() ? inflector.cases().isEmpty() : t.caseForms().keySet().containsAll(
        inflector.cases().stream().map(NameInflector.CaseLabel::grammaticalCase).toList());
    if (shipped != null) {
      accepted.addAll(shipped.accepted());
      confident = shipped.confident();
    }
    for (String name : names) {
      accepted.add(name);
      String stemmed = lenientPhrase(name, inflector);
      if (stemmed != null) {
        stems.add(stemmed);
      }
      if (c.type() == ConceptType.PERSON && gender != Gender.UNKNOWN) {
        wrongGender.addAll(inflector.wrongGenderForms(name, gender));
      }
      if (!paradigm || shipped != null) {
        continue;
      }
      List<DeclineMode> modes = modes(c, t, name);
      // without a type (TBX exports rarely say) decline both as a person and as a place, and be unsure
      List<ConceptType> types = c.type() == ConceptType.OTHER
          ? List.of(ConceptType.PERSON, ConceptType.PLACE) : List.of(c.type());
      Set<Set<String>> outcomes = new java.util.HashSet<>();
      for (DeclineMode mode : modes) {
        for (ConceptType type : types) {
          for (Gender g : genders) {
            Declension d = inflector.decline(name, type, g, mode);
            EnumMap<GrammaticalCase, List<String>> byCase = new EnumMap<>(d.forms());
            byCase.putAll(t.caseForms()); // explicit forms win for their case
            Set<String> these = new LinkedHashSet<>();
            byCase.values().forEach(these::addAll);
            accepted.addAll(these);
            outcomes.add(these);
            confident &= covered || d.confident();
          }
        }
      }
      confident &= covered || outcomes.size() == 1;
    }
    if (Places.builtIn(c.id()) && paradigm) {
      PlaceForms.record(c.id(), accepted, confident);
    }
    t.caseForms().values().forEach(accepted::addAll);
    accepted.addAll(t.extraForms());
    wrongGender.removeAll(accepted);
    Gender first = genders.get(0);
    Set<String> variants = new LinkedHashSet<>();
    for (String v : t.variants()) {
      variants.add(v);
      if (paradigm) {
        variants.addAll(inflector.decline(v, c.type(), first, modes(c, t, v).get(0)).allForms());
      }
    }
    variants.removeAll(accepted);
    Set<String> forbidden = new LinkedHashSet<>();
    for (String f : t.forbidden()) {
      forbidden.add(f);
      if (paradigm) {
        for (Gender g : genders) {
          forbidden.addAll(inflector.decline(f, c.type(), g, modes(c, t, f).get(0)).allForms());
        }
      }
    }
    forbidden.removeAll(accepted);
    Set<String> related = new LinkedHashSet<>(t.related());
    related.removeAll(accepted);
    PersonForms person = person(c, t, names, gender, inflector, accepted, confident);
    return new ConceptForms(c, language, accepted, confident, variants, forbidden, wrongGender, related, stems,
        inflector.maxEnding(), new LinkedHashSet<>(demonyms), kind, person);
  }

  /**
   * For a person of known gender: the cases each word of their forms stands in, and the other
   * gender's surname forms (see {@link PersonForms}).
   */
  private static PersonForms person(Concept c, Terms t, List<String> names, Gender gender, NameInflector inflector,
      Set<String> accepted, boolean confident) {
    if (c.type() != ConceptType.PERSON || (gender != Gender.MASCULINE && gender != Gender.FEMININE)) {
      return PersonForms.NONE;
    }
    Set<String> acceptedWords = new java.util.HashSet<>();
    accepted.forEach(p -> acceptedWords.addAll(List.of(Declension.words(p))));
    Map<String, Set<GrammaticalCase>> cases = new LinkedHashMap<>();
    Map<String, Set<GrammaticalCase>> otherCases = new LinkedHashMap<>();
    Map<String, String> otherOnly = new LinkedHashMap<>();
    Gender other = gender == Gender.FEMININE ? Gender.MASCULINE : Gender.FEMININE;
    for (String name : names) {
      for (DeclineMode mode : modes(c, t, name)) {
        EnumMap<GrammaticalCase, List<String>> byCase = new EnumMap<>(inflector.decline(name, ConceptType.PERSON, gender, mode).forms());
        byCase.putAll(t.caseForms());
        byCase.forEach((gc, phrases) -> phrases.forEach(p -> {
          for (String w : Declension.words(p)) {
            cases.computeIfAbsent(w, k -> java.util.EnumSet.noneOf(GrammaticalCase.class)).add(gc);
          }
        }));
      }
      String[] words = Declension.words(name);
      String surname = words[words.length - 1];
      String otherBase = inflector.otherGenderSurname(surname, gender);
      if (otherBase == null) {
        continue;
      }
      Declension own = inflector.decline(surname, ConceptType.PERSON, gender, DeclineMode.ALL);
      inflector.decline(otherBase, ConceptType.PERSON, other, DeclineMode.ALL).forms().forEach((gc, forms) -> {
        for (String w : forms) {
          otherCases.computeIfAbsent(w, k -> java.util.EnumSet.noneOf(GrammaticalCase.class)).add(gc);
          if (!acceptedWords.contains(w)) {
            otherOnly.putIfAbsent(w, own.form(gc));
          }
        }
      });
    }
    // a word only the glossary's caseless forms have (В. of В. В. Путина) may stand in any case
    for (String p : t.extraForms()) {
      for (String w : Declension.words(p)) {
        cases.putIfAbsent(w, java.util.EnumSet.allOf(GrammaticalCase.class));
      }
    }
    return new PersonForms(confident ? cases : Map.of(), otherCases, otherOnly);
  }

  /** The gender of a concept's names in one language: the language's own, or the concept's. */
  private static Gender gender(Concept c, Terms t) {
    if (t.gender() != null) {
      return t.gender();
    }
    if (c.gender() != Gender.UNKNOWN || c.type() != ConceptType.PERSON) {
      return c.gender();
    }
    for (Terms other : c.terms().values()) { // a person's gender is the same in every language
      if (other.gender() != null) {
        return other.gender();
      }
    }
    return Gender.UNKNOWN;
  }

  /** {@code name} with its last word cut to the lenient stem, or null when it has none. */
  private static String lenientPhrase(String name, NameInflector inflector) {
    if (!inflector.kind().equals("lenient")) {
      return null;
    }
    String trimmed = name.trim();
    int space = trimmed.lastIndexOf(' ');
    String last = trimmed.substring(space + 1);
    String stem = inflector.stem(last);
    return stem == null ? null : trimmed.substring(0, space + 1) + stem;
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
