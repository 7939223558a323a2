package org.localize.locale;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Generates the Russian case forms of a name from its base form, for glossary authors to review
 * and for the names checks to derive forms that a TBX export does not carry.
 *
 * <p>Persons: every given name and the surname decline by gender (Владимира Путина, Кристину
 * Кормильцыну); with {@link DeclineMode#LAST} only the last word does (Ким Чен Ыном). Places and
 * organisations: leading adjectives and the first noun decline, the rest is apposition or a
 * genitive phrase (Северной Кореи, Республики Корея). Stateless and thread-safe.
 */
public final class RussianNames {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
  private static final Pattern ADJECTIVE = Pattern.compile(".*(ая|яя|ый|ий|ой|ое|ее|ые|ие)");
  private static final Pattern POSSESSIVE_SURNAME = Pattern.compile(".*(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына)");

  private RussianNames() {}

  /**
   * The case forms of {@code base}.
   *
   * @param base the nominative form, one or more words separated by spaces
   * @param type what the name denotes; persons are animate (accusative = genitive)
   * @param gender the person's or noun's gender, or {@link Gender#UNKNOWN}
   * @param mode which words decline
   */
  public static Declension decline(String base, ConceptType type, Gender gender, DeclineMode mode) {
    String[] words = SPACES.split(base.trim());
    if (mode == DeclineMode.NONE || words.length == 0 || words[0].isEmpty()) {
      return Declension.indeclinable(base.trim());
    }
    boolean person = type == ConceptType.PERSON;
    List<RussianWord> declined = new ArrayList<>();
    boolean headDone = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean last = i == words.length - 1;
      RussianWord.Role role;
      if (w.endsWith(".") || headDone || (mode == DeclineMode.LAST && !last)) {
        role = null; // initials, apposition and the fixed parts of Korean names stay as written
      } else if (person) {
        role = mode == DeclineMode.LAST ? RussianWord.Role.NOUN
            : last ? RussianWord.Role.SURNAME : RussianWord.Role.GIVEN_NAME;
      } else if (!last && ADJECTIVE.matcher(w.toLowerCase(java.util.Locale.ROOT)).matches()) {
        role = RussianWord.Role.ADJECTIVE;
      } else {
        role = RussianWord.Role.NOUN;
        headDone = true;
      }
      declined.add(role == null ? null : RussianWord.decline(w, role, gender, person));
    }
    return combine(base.trim(), words, declined);
  }

  /**
   * Full-name phrases whose surname has the other gender's ending (Кристина Кормильцын for a
   * woman), which are errors rather than declensions; empty unless the surname is of the
   * -ов/-ин type and the gender is known.
   */
  public static Set<String> wrongGenderForms(String base, Gender gender) {
    String[] words = SPACES.split(base.trim());
    if (words.length < 2 || (gender != Gender.MASCULINE && gender != Gender.FEMININE)) {
      return Set.of();
    }
    String surname = words[words.length - 1];
    if (surname.length() < 4 || !POSSESSIVE_SURNAME.matcher(surname.toLowerCase(java.util.Locale.ROOT)).matches()) {
      return Set.of();
    }
    boolean feminine = gender == Gender.FEMININE;
    String otherBase = feminine ? surname.substring(0, surname.length() - 1) : surname + "а";
    Gender other = feminine ? Gender.MASCULINE : Gender.FEMININE;
    Set<String> right = allForms(RussianWord.decline(surname, RussianWord.Role.SURNAME, gender, true));
    Set<String> wrong = allForms(RussianWord.decline(otherBase, RussianWord.Role.SURNAME, other, true));
    wrong.removeAll(right);
    String given = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
    Declension givenForms = decline(given, ConceptType.PERSON, gender, DeclineMode.ALL);
    Set<String> phrases = new LinkedHashSet<>();
    for (String g : givenForms.allForms()) {
      for (String s : wrong) {
        phrases.add(g + " " + s);
      }
    }
    return phrases;
  }

  private static Set<String> allForms(RussianWord w) {
    Set<String> s = new LinkedHashSet<>();
    w.forms().values().forEach(s::addAll);
    return s;
  }

  private static Declension combine(String base, String[] words, List<RussianWord> declined) {
    Map<GrammaticalCase, List<String>> forms = new EnumMap<>(GrammaticalCase.class);
    boolean confident = true;
    for (RussianWord w : declined) {
      confident &= w == null || w.confident();
    }
    for (GrammaticalCase c : GrammaticalCase.values()) {
      List<String> phrases = List.of("");
      for (int i = 0; i < words.length; i++) {
        List<String> options = declined.get(i) == null ? List.of(words[i]) : declined.get(i).forms().get(c);
        List<String> next = new ArrayList<>();
        for (String p : phrases) {
          for (String o : options) {
            next.add(p.isEmpty() ? o : p + " " + o);
          }
        }
        phrases = next;
      }
      forms.put(c, phrases);
    }
    return new Declension(base, forms, confident);
  }
}
