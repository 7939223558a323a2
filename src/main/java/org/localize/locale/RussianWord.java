package org.localize.locale;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Case endings for one Russian word in a given role; the paradigm tables behind {@link RussianNames}.
 *
 * <p>Each case maps to one form, or to two when the rules cannot decide (stress-dependent endings
 * after sibilants, fleeting vowels, soft-sign nouns of unknown gender); {@link #confident} is then
 * false.
 */
final class RussianWord {

  /** What a word is inside a name; surnames and adjectives have their own endings. */
  enum Role { GIVEN_NAME, SURNAME, NOUN, ADJECTIVE }

  private static final String VOWELS = "аеёиоуыэюя";
  private static final String SIBILANTS = "жшчщц";
  private static final String VELARS_SIBILANTS = "гкхжшчщ";

  private final Map<GrammaticalCase, List<String>> forms = new EnumMap<>(GrammaticalCase.class);
  private boolean confident = true;

  private RussianWord() {}

  static RussianWord decline(String word, Role role, Gender gender, boolean animate) {
    RussianWord w = new RussianWord();
    int hyphen = word.lastIndexOf('-');
    String prefix = hyphen > 0 ? word.substring(0, hyphen + 1) : "";
    String tail = hyphen > 0 ? word.substring(hyphen + 1) : word;
    w.fill(tail, role, gender, animate);
    if (!prefix.isEmpty()) {
      w.forms.replaceAll((c, list) -> list.stream().map(f -> prefix + f).toList());
    }
    return w;
  }

  Map<GrammaticalCase, List<String>> forms() {
    return forms;
  }

  boolean confident() {
    return confident;
  }

  private void fill(String w, Role role, Gender gender, boolean animate) {
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    if (indeclinable(w, lower, role, gender)) {
      set(w, w, w, w, w, w);
      return;
    }
    if (role == Role.ADJECTIVE || (role == Role.SURNAME && adjectival(lower))) {
      adjective(w, lower, animate);
    } else if (role == Role.SURNAME && lower.length() >= 4 && lower.matches(".*(ов|ев|ёв|ин|ын)")
        && gender != Gender.FEMININE) {
      set(w, w + "а", w + "у", w + "а", w + "ым", w + "е");
    } else if (role == Role.SURNAME && lower.length() >= 5 && lower.matches(".*(ова|ева|ёва|ина|ына)")
        && gender != Gender.MASCULINE) {
      String s = cut(w, 1);
      set(w, s + "ой", s + "ой", s + "у", s + "ой", s + "ой");
    } else {
      noun(w, lower, gender, animate);
    }
  }

  private static boolean indeclinable(String w, String lower, Role role, Gender gender) {
    if (!lower.chars().allMatch(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC)) {
      return true; // Latin brands and anything with digits or marks stay as written
    }
    if (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
      return true; // abbreviations: КНДР, США
    }
    char last = lower.charAt(lower.length() - 1);
    if ("оеёиуюэ".indexOf(last) >= 0) {
      return true; // Токио, Сочи, Шойгу
    }
    boolean consonantEnd = VOWELS.indexOf(last) < 0 && last != 'ь' && last != 'й';
    return consonantEnd && gender == Gender.FEMININE && (role == Role.SURNAME || role == Role.GIVEN_NAME);
  }

  private static boolean adjectival(String lower) {
    return lower.matches(".*(ский|цкий|ской|цкой|ская|цкая|ой)") && lower.length() >= 5;
  }

  private void adjective(String w, String lower, boolean animate) {
    String s = cut(w, 2);
    String end = lower.substring(lower.length() - 2);
    char before = lower.length() > 2 ? lower.charAt(lower.length() - 3) : ' ';
    switch (end) {
      case "ая" -> set(w, s + "ой", s + "ой", s + "ую", s + "ой", s + "ой");
      case "яя" -> set(w, s + "ей", s + "ей", s + "юю", s + "ей", s + "ей");
      case "ое" -> set(w, s + "ого", s + "ому", w, s + (velar(before) ? "им" : "ым"), s + "ом");
      case "ее" -> set(w, s + "его", s + "ему", w, s + "им", s + "ем");
      case "ый", "ой" -> set(w, s + "ого", s + "ому", animate ? s + "ого" : w,
          s + (VELARS_SIBILANTS.indexOf(before) >= 0 ? "им" : "ым"), s + "ом");
      case "ий" -> {
        boolean hard = "гкх".indexOf(before) >= 0 || lower.endsWith("ский") || lower.endsWith("цкий");
        String o = hard ? "о" : "е";
        set(w, s + o + "го", s + o + "му", animate ? s + o + "го" : w, s + "им", s + o + "м");
      }
      default -> { // plural adjectives (Соединённые) and anything else: leave as written, unsure
        set(w, w, w, w, w, w);
        confident = false;
      }
    }
  }

  private void noun(String w, String lower, Gender gender, boolean animate) {
    char last = lower.charAt(lower.length() - 1);
    char before = lower.length() > 1 ? lower.charAt(lower.length() - 2) : ' ';
    if (last == 'а') {
      String s = cut(w, 1);
      String gen = s + (VELARS_SIBILANTS.indexOf(before) >= 0 ? "и" : "ы");
      set(w, gen, s + "е", s + "у", s + "ой", s + "е");
      if (SIBILANTS.indexOf(before) >= 0) {
        add(GrammaticalCase.INSTRUMENTAL, s + "ей");
      }
    } else if (last == 'я') {
      String s = cut(w, 1);
      if (before == 'и') {
        set(w, s + "и", s + "и", s + "ю", s + "ей", s + "и");
      } else {
        set(w, s + "и", s + "е", s + "ю", s + "ей", s + "е");
      }
    } else if (last == 'й') {
      String s = cut(w, 1);
      if (before == 'и') {
        set(w, s + "я", s + "ю", animate ? s + "я" : w, s + "ем", s + "и");
      } else {
        set(w, s + "я", s + "ю", animate ? s + "я" : w, s + "ем", s + "е");
      }
    } else if (last == 'ь') {
      String s = cut(w, 1);
      if (gender == Gender.FEMININE) {
        set(w, s + "и", s + "и", w, w + "ю", s + "и");
      } else {
        set(w, s + "я", s + "ю", animate ? s + "я" : w, s + "ем", s + "е");
        if (gender != Gender.MASCULINE) { // Сибирь or Кремль: the ending does not tell
          add(GrammaticalCase.GENITIVE, s + "и");
          add(GrammaticalCase.DATIVE, s + "и");
          add(GrammaticalCase.INSTRUMENTAL, w + "ю");
          add(GrammaticalCase.PREPOSITIONAL, s + "и");
          confident = false;
        }
      }
    } else if (last == 'ы') {
      set(w, w, w, w, w, w); // plural names (Нидерланды) need a hand-written entry
      confident = false;
    } else {
      consonantNoun(w, lower, animate);
    }
  }

  private void consonantNoun(String w, String lower, boolean animate) {
    char last = lower.charAt(lower.length() - 1);
    set(w, w + "а", w + "у", animate ? w + "а" : w, w + "ом", w + "е");
    if (lower.endsWith("ич")) {
      forms.put(GrammaticalCase.INSTRUMENTAL, List.of(w + "ем")); // patronymics: Владимировичем
    } else if (SIBILANTS.indexOf(last) >= 0) {
      add(GrammaticalCase.INSTRUMENTAL, w + "ем"); // stress decides: ножом, Шульцем
    }
    if (lower.matches(".*[^аеёиоуыэюя](ец|ок|ек|ёк)")) {
      // a fleeting vowel is likely (дворец -> дворца) but not certain (Владивосток -> Владивостока)
      String end = lower.substring(lower.length() - 2);
      String stem = cut(w, 2) + (end.equals("ец") ? "ц" : "к");
      add(GrammaticalCase.GENITIVE, stem + "а");
      add(GrammaticalCase.DATIVE, stem + "у");
      if (animate) {
        add(GrammaticalCase.ACCUSATIVE, stem + "а");
      }
      add(GrammaticalCase.INSTRUMENTAL, stem + (end.equals("ец") ? "ем" : "ом"));
      add(GrammaticalCase.PREPOSITIONAL, stem + "е");
      confident = false;
    }
  }

  private static boolean velar(char c) {
    return "гкх".indexOf(c) >= 0;
  }

  private static String cut(String w, int n) {
    return w.substring(0, w.length() - n);
  }

  private void set(String nom, String gen, String dat, String acc, String ins, String prep) {
    forms.put(GrammaticalCase.NOMINATIVE, new ArrayList<>(List.of(nom)));
    forms.put(GrammaticalCase.GENITIVE, new ArrayList<>(List.of(gen)));
    forms.put(GrammaticalCase.DATIVE, new ArrayList<>(List.of(dat)));
    forms.put(GrammaticalCase.ACCUSATIVE, new ArrayList<>(List.of(acc)));
    forms.put(GrammaticalCase.INSTRUMENTAL, new ArrayList<>(List.of(ins)));
    forms.put(GrammaticalCase.PREPOSITIONAL, new ArrayList<>(List.of(prep)));
  }

  private void add(GrammaticalCase c, String form) {
    List<String> list = forms.get(c);
    if (!list.contains(form)) {
      list.add(form);
    }
    confident = false;
  }
}
