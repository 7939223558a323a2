package org.localize.locale;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A language's name declension as data ({@code names.declension} in {@code locales/<lang>.json}):
 * ordered rules, each giving the endings of one class of words (by role, gender, ending) per case.
 * The same engine serves Russian, Ukrainian, Polish, Czech and German; only the rules differ.
 *
 * <p>Roles: in a person's name the last word is the surname and the others given names (only the
 * last word declines in {@link DeclineMode#LAST}, Ким Чен Ыну, or when the language says {@code
 * "persons": "last"}, German Kim Jong Uns). In other names, adjectives next to the head noun agree
 * with it and the head declines (Северной Кореи, Korei Północnej); what follows the head is a
 * fixed complement (Республики Корея). Initials, digits, acronyms and words in a foreign alphabet
 * stay as written. Immutable and thread-safe.
 */
public final class Paradigm implements NameInflector {

  /** Where a word stands in a name; it selects the rules that apply. */
  enum Role { GIVEN, SURNAME, NOUN, ADJECTIVE }

  private final List<CaseLabel> cases;
  private final String letters;
  private final Pattern adjective;
  private final boolean personsLastOnly;
  private final List<List<String>> genderPairs;
  private final List<Rule> rules;

  private Paradigm(List<CaseLabel> cases, String letters, Pattern adjective, boolean personsLastOnly,
      List<List<String>> genderPairs, List<Rule> rules) {
    this.cases = List.copyOf(cases);
    this.letters = letters;
    this.adjective = adjective;
    this.personsLastOnly = personsLastOnly;
    this.genderPairs = NameInflector.sortedPairs(genderPairs);
    this.rules = List.copyOf(rules);
  }

  @Override
  public String kind() {
    return "paradigm";
  }

  private volatile Set<String> endings;

  @Override
  public Set<String> endings() {
    Set<String> e = endings;
    if (e == null) {
      Set<String> all = new LinkedHashSet<>();
      for (Rule r : rules) {
        if (!r.roles().isEmpty() && !r.roles().contains(Role.NOUN) && !r.roles().contains(Role.GIVEN)) {
          continue; // adjective and surname endings would make Tuniské a "form" of Tunisko
        }
        for (Map<GrammaticalCase, String> m : List.of(r.forms(), r.animateForms(), r.inanimateForms())) {
          for (String spec : m.values()) {
            for (String alt : spec.split("\\|", -1)) {
              if (!alt.equals("=") && !alt.isEmpty()) {
                all.add(alt.toLowerCase(Locale.ROOT));
              }
            }
          }
        }
      }
      endings = e = Set.copyOf(all);
    }
    return e;
  }

  @Override
  public List<CaseLabel> cases() {
    return cases;
  }

  /**
   * One rule: when it applies (roles, genders, animacy, the word's ending and length), how many
   * letters to cut, and the ending each case adds ("=" the word unchanged, "a|b" alternatives).
   */
  record Rule(Set<Role> roles, Set<Gender> genders, Boolean animate, Pattern ending, int minLength, int cut,
      boolean same, boolean also, boolean unsure, Map<GrammaticalCase, String> forms,
      Map<GrammaticalCase, String> animateForms, Map<GrammaticalCase, String> inanimateForms) {

    boolean applies(String lower, Role role, Gender gender, boolean isAnimate) {
      return (roles.isEmpty() || roles.contains(role))
          && (genders.isEmpty() || genders.contains(gender))
          && (animate == null || animate == isAnimate)
          && lower.length() >= minLength
          && (ending == null || ending.matcher(lower).find());
    }
  }

  // ---------------------------------------------------------------- reading the data

  /**
   * Reads {@code names.declension}; {@code files} names the locale files for messages. Errors
   * name the JSON path, e.g. {@code ru.json: /names/declension/rules/3/ending is not a valid
   * pattern}. {@code fallbackPairs}: the locale's {@code names.genderPairs}, used when the
   * declension data has none of its own.
   */
  static Paradigm parse(JsonNode node, String files, List<List<String>> fallbackPairs) {
    String at = "/names/declension";
    List<CaseLabel> cases = new ArrayList<>();
    cases.add(new CaseLabel(GrammaticalCase.NOMINATIVE, "nominative"));
    for (JsonNode c : node.path("cases")) {
      cases.add(new CaseLabel(caseOf(c.asText(), files, at + "/cases"), c.asText()));
    }
    if (cases.size() == 1) {
      throw error(files, at + "/cases", "must list the cases names take, e.g. [\"genitive\", \"dative\"]");
    }
    List<List<String>> pairs = pairs(node.path("genderPairs"), files, at + "/genderPairs");
    if (pairs.isEmpty()) {
      pairs = fallbackPairs;
    }
    List<Rule> rules = new ArrayList<>();
    int i = 0;
    for (JsonNode r : node.path("rules")) {
      rules.add(rule(r, cases, files, at + "/rules/" + i++));
    }
    if (rules.isEmpty()) {
      throw error(files, at + "/rules", "must hold at least one rule");
    }
    String persons = node.path("persons").asText("all");
    if (!persons.equals("all") && !persons.equals("last")) {
      throw error(files, at + "/persons", "must be \"all\" (every part of a person's name declines) or \"last\"");
    }
    return new Paradigm(cases, node.path("letters").asText("").toLowerCase(Locale.ROOT),
        pattern(node.path("adjective").asText(null), files, at + "/adjective"), persons.equals("last"), pairs, rules);
  }

  /** Reads {@code [[masculine ending, feminine ending], ...]}. */
  static List<List<String>> pairs(JsonNode node, String files, String at) {
    if (!node.isMissingNode() && !node.isNull() && !node.isArray()) {
      throw error(files, at, "must be an array of pairs [masculine ending, feminine ending]");
    }
    List<List<String>> pairs = new ArrayList<>();
    int i = 0;
    for (JsonNode p : node) {
      if (!p.isArray() || p.size() != 2 || !p.get(0).isTextual() || !p.get(1).isTextual()) {
        throw error(files, at + "/" + i, "must be a pair [masculine ending, feminine ending]");
      }
      pairs.add(List.of(p.get(0).asText().toLowerCase(Locale.ROOT), p.get(1).asText().toLowerCase(Locale.ROOT)));
      i++;
    }
    return pairs;
  }

  private static Rule rule(JsonNode r, List<CaseLabel> cases, String files, String at) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String s : texts(r.path("role"))) {
      switch (s) {
        case "given" -> roles.add(Role.GIVEN);
        case "surname" -> roles.add(Role.SURNAME);
        case "name" -> roles.addAll(List.of(Role.GIVEN, Role.SURNAME));
        case "noun" -> roles.add(Role.NOUN);
        case "adjective" -> roles.add(Role.ADJECTIVE);
        default -> throw error(files, at + "/role", "has '" + s + "'; use given, surname, name, noun or adjective");
      }
    }
    Set<Gender> genders = EnumSet.noneOf(Gender.class);
    for (String s : texts(r.path("gender"))) {
      try {
        genders.add(s.equals("unknown") ? Gender.UNKNOWN : Gender.parse(s));
      } catch (IllegalArgumentException e) {
        throw error(files, at + "/gender", "has '" + s + "'; use masculine, feminine, neuter or unknown");
      }
    }
    Boolean animate = r.has("animate") ? r.get("animate").asBoolean() : null;
    Map<GrammaticalCase, String> forms = new EnumMap<>(GrammaticalCase.class);
    Map<GrammaticalCase, String> anim = new EnumMap<>(GrammaticalCase.class);
    Map<GrammaticalCase, String> inanim = new EnumMap<>(GrammaticalCase.class);
    for (Map.Entry<String, JsonNode> e : r.path("forms").properties()) {
      String key = e.getKey();
      Map<GrammaticalCase, String> into = forms;
      if (key.endsWith(".animate")) {
        into = anim;
        key = key.substring(0, key.length() - ".animate".length());
      } else if (key.endsWith(".inanimate")) {
        into = inanim;
        key = key.substring(0, key.length() - ".inanimate".length());
      }
      GrammaticalCase c = caseOf(key, files, at + "/forms/" + e.getKey());
      String k = key;
      if (cases.stream().noneMatch(l -> l.label().equals(k))) {
        throw error(files, at + "/forms/" + e.getKey(), "is not one of /names/declension/cases");
      }
      into.put(c, e.getValue().asText());
    }
    boolean same = r.path("same").asBoolean(false);
    if (!same && forms.isEmpty() && anim.isEmpty()) {
      throw error(files, at, "needs \"forms\" (endings by case) or \"same\": true");
    }
    return new Rule(roles, genders, animate, pattern(r.has("ending") ? "(" + r.get("ending").asText() + ")$" : null,
        files, at + "/ending"), r.path("minLength").asInt(0), r.path("cut").asInt(0), same,
        r.path("also").asBoolean(false), r.path("unsure").asBoolean(false), forms, anim, inanim);
  }

  private static GrammaticalCase caseOf(String label, String files, String at) {
    try {
      return GrammaticalCase.parse(label);
    } catch (IllegalArgumentException e) {
      throw error(files, at, "has unknown case '" + label
          + "' (use genitive, dative, accusative, instrumental, prepositional or locative, vocative)");
    }
  }

  private static Pattern pattern(String regex, String files, String at) {
    if (regex == null) {
      return null;
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw error(files, at, "is not a valid pattern: " + e.getDescription());
    }
  }

  private static List<String> texts(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return List.of();
    }
    if (n.isTextual()) {
      return List.of(n.asText());
    }
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static LocaleDataException error(String files, String where, String what) {
    return new LocaleDataException(files + ": " + where + " " + what);
  }

  // ---------------------------------------------------------------- declining

  @Override
  public Declension decline(String base, ConceptType type, Gender gender, DeclineMode mode) {
    String trimmed = base.trim();
    String[] words = Declension.words(trimmed);
    if (mode == DeclineMode.NONE || words.length == 0 || words[0].isEmpty()) {
      return Declension.indeclinable(trimmed);
    }
    boolean person = type == ConceptType.PERSON;
    Role[] roles = roles(words, person, mode);
    Declension first = decline(trimmed, words, roles, gender, person);
    if (person || mode == DeclineMode.LAST || words.length < 2) {
      return first;
    }
    // a foreign name's head may be its last word (New York → New Yorku, Hong Kong), not its first:
    // both readings are offered, and the name is unsure when they differ
    Role[] lastHead = new Role[words.length];
    for (int i = 0; i < words.length - 1; i++) {
      lastHead[i] = roles[i] == Role.ADJECTIVE ? Role.ADJECTIVE : null;
    }
    lastHead[words.length - 1] = fixed(words[words.length - 1]) ? null : Role.NOUN;
    if (java.util.Arrays.equals(roles, lastHead)) {
      return first;
    }
    Declension second = decline(trimmed, words, lastHead, gender, false);
    Map<GrammaticalCase, List<String>> union = new EnumMap<>(GrammaticalCase.class);
    boolean same = true;
    for (CaseLabel cl : cases) {
      List<String> list = new ArrayList<>(first.forms().get(cl.grammaticalCase()));
      for (String f : second.forms().get(cl.grammaticalCase())) {
        if (!list.contains(f)) {
          list.add(f);
          same = false;
        }
      }
      union.put(cl.grammaticalCase(), list);
    }
    return new Declension(trimmed, union, first.confident() && second.confident() && same);
  }

  private Declension decline(String trimmed, String[] words, Role[] roles, Gender gender, boolean person) {
    List<Map<GrammaticalCase, List<String>>> perWord = new ArrayList<>();
    boolean confident = true;
    for (int i = 0; i < words.length; i++) {
      if (roles[i] == null) {
        perWord.add(null);
        continue;
      }
      Word w = word(words[i], roles[i], gender, person);
      confident &= w.confident;
      perWord.add(w.forms);
    }
    Map<GrammaticalCase, List<String>> forms = new EnumMap<>(GrammaticalCase.class);
    for (CaseLabel cl : cases) {
      List<String> phrases = List.of("");
      for (int i = 0; i < words.length; i++) {
        List<String> options = perWord.get(i) == null ? List.of(words[i]) : perWord.get(i).get(cl.grammaticalCase());
        List<String> next = new ArrayList<>();
        for (String p : phrases) {
          for (String o : options) {
            next.add(p.isEmpty() ? o : p + " " + o);
          }
        }
        phrases = next;
      }
      forms.put(cl.grammaticalCase(), phrases);
    }
    return new Declension(trimmed, forms, confident);
  }

  private Role[] roles(String[] words, boolean person, DeclineMode mode) {
    Role[] roles = new Role[words.length];
    int last = words.length - 1;
    if (person) {
      for (int i = 0; i < words.length; i++) {
        if (fixed(words[i])) {
          continue;
        }
        if (mode == DeclineMode.LAST) {
          roles[i] = i == last ? Role.SURNAME : null; // Ким Чен Ыну; a woman's Ридж stays Ридж
        } else if (personsLastOnly) {
          roles[i] = i == last ? Role.SURNAME : null;
        } else {
          roles[i] = i == last ? Role.SURNAME : Role.GIVEN;
        }
      }
      return roles;
    }
    if (mode == DeclineMode.LAST) {
      roles[last] = fixed(words[last]) ? null : Role.NOUN;
      return roles;
    }
    boolean headDone = false;
    boolean chain = true; // still inside the head group (adjectives, head, agreeing adjectives)
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (fixed(w)) {
        chain = !headDone && chain;
        continue;
      }
      boolean adj = adjective != null && words.length > 1 && adjective.matcher(w.toLowerCase(Locale.ROOT)).find();
      if (!headDone) {
        if (adj && i < last) {
          roles[i] = Role.ADJECTIVE;
        } else {
          roles[i] = Role.NOUN;
          headDone = true;
        }
      } else if (chain && adj) {
        roles[i] = Role.ADJECTIVE; // Korea Północna: an adjective after its noun agrees with it
      } else {
        chain = false; // a complement (Республика Корея): the rest stays as written
      }
    }
    return roles;
  }

  /** Initials (В.), numbers and Roman numerals, acronyms (КНДР): written the same in every case. */
  private static boolean fixed(String w) {
    if (w.endsWith(".") || w.chars().anyMatch(Character::isDigit)) {
      return true;
    }
    return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT))
        || w.equals("I") || w.equals("V") || w.equals("X");
  }

  /** The forms of one word by case, and whether the rules were sure. */
  private record Word(Map<GrammaticalCase, List<String>> forms, boolean confident) {}

  private Word word(String word, Role role, Gender gender, boolean animate) {
    int hyphen = word.lastIndexOf('-');
    if (hyphen <= 0 || hyphen == word.length() - 1) {
      return simple(word, role, gender, animate);
    }
    // a hyphenated word: either only its last part declines (Санкт-Петербурга, Нью-Йорка) or every
    // part does (Петропавловске-Камчатском); both are offered and the word is unsure when they differ
    String prefix = word.substring(0, hyphen + 1);
    Word tail = simple(word.substring(hyphen + 1), role, gender, animate);
    Map<GrammaticalCase, List<String>> a = new EnumMap<>(GrammaticalCase.class);
    tail.forms.forEach((c, l) -> a.put(c, l.stream().map(f -> prefix + f).toList()));
    String[] parts = word.split("-");
    List<Word> each = new ArrayList<>();
    for (String p : parts) {
      boolean adj = adjective != null && adjective.matcher(p.toLowerCase(Locale.ROOT)).find();
      each.add(p.isEmpty() ? null : simple(p, adj ? Role.ADJECTIVE : role, gender, animate));
    }
    Map<GrammaticalCase, List<String>> merged = new EnumMap<>(GrammaticalCase.class);
    boolean differ = false;
    for (CaseLabel cl : cases) {
      GrammaticalCase c = cl.grammaticalCase();
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        b.append(i == 0 ? "" : "-").append(each.get(i) == null ? parts[i] : each.get(i).forms.get(c).get(0));
      }
      List<String> list = new ArrayList<>(a.get(c));
      if (!list.contains(b.toString())) {
        list.add(b.toString());
        differ = true;
      }
      merged.put(c, list);
    }
    return new Word(merged, tail.confident && !differ);
  }

  /** Words recur across names (Северная, Республика, Island): each is declined once per role and gender. */
  private final Map<String, Word> memo = new java.util.concurrent.ConcurrentHashMap<>();

  private Word simple(String word, Role role, Gender gender, boolean animate) {
    String key = word + '|' + role.ordinal() + gender.ordinal() + (animate ? 1 : 0);
    Word w = memo.get(key);
    if (w == null) {
      w = simpleNow(word, role, gender, animate);
      if (memo.size() < 100_000) {
        memo.put(key, w);
      }
    }
    return w;
  }

  private Word simpleNow(String word, Role role, Gender gender, boolean animate) {
    String lower = word.toLowerCase(Locale.ROOT);
    Map<GrammaticalCase, List<String>> forms = new EnumMap<>(GrammaticalCase.class);
    for (CaseLabel c : cases) {
      forms.put(c.grammaticalCase(), new ArrayList<>());
    }
    if (!letters.isEmpty() && !lower.chars().allMatch(ch -> letters.indexOf(ch) >= 0)) {
      forms.values().forEach(l -> l.add(word)); // a foreign name (Reuters in Russian) stays as written
      return new Word(forms, true);
    }
    boolean confident = true;
    List<Rule> also = new ArrayList<>();
    Rule main = null;
    for (Rule r : rules) {
      if (!r.applies(lower, role, gender, animate)) {
        continue;
      }
      if (r.also()) {
        also.add(r);
        continue;
      }
      main = r;
      break;
    }
    if (main == null) {
      forms.values().forEach(l -> l.add(word)); // nothing known about this word: as written, unsure
      return new Word(forms, false);
    }
    apply(main, word, animate, forms);
    confident &= !main.unsure();
    for (Rule r : also) {
      apply(r, word, animate, forms);
      confident &= !r.unsure();
    }
    return new Word(forms, confident); // alternatives both in use (Пхеньяна|Пхеньяну) are not a guess
  }

  private void apply(Rule r, String word, boolean animate, Map<GrammaticalCase, List<String>> forms) {
    String stem = r.cut() > 0 && r.cut() < word.length() ? word.substring(0, word.length() - r.cut()) : word;
    for (CaseLabel cl : cases) {
      GrammaticalCase c = cl.grammaticalCase();
      String spec;
      if (c == GrammaticalCase.NOMINATIVE) {
        spec = "=";
      } else if (r.same()) {
        spec = "=";
      } else {
        spec = (animate ? r.animateForms() : r.inanimateForms()).get(c);
        if (spec == null) {
          spec = r.forms().getOrDefault(c, "=");
        }
      }
      List<String> list = forms.get(c);
      for (String alt : spec.split("\\|", -1)) {
        String f = alt.equals("=") ? word : stem + alt;
        if (!list.contains(f)) {
          list.add(f);
        }
      }
    }
  }

  @Override
  public String letters() {
    return letters;
  }

  @Override
  public List<List<String>> genderPairs() {
    return genderPairs;
  }

  /** The case labels by case, for printing. */
  public Map<GrammaticalCase, String> labels() {
    Map<GrammaticalCase, String> m = new LinkedHashMap<>();
    cases.forEach(c -> m.put(c.grammaticalCase(), c.label()));
    return m;
  }
}
