package org.localize.locale;

import java.util.List;
import java.util.Set;

/**
 * What a language does to names in running text, behind one interface for every locale: the
 * checks and {@code localize names} ask it for the forms of a glossary name and never look at
 * the language.
 *
 * <p>Three kinds, chosen by a locale's {@code names.inflection} ({@code locales/README.md}):
 * {@link Paradigm} (endings by role, gender and case as data, ru/uk/pl/cs/de), {@link #lenient
 * lenient} for a language that declines but has no data (the name's stem plus a few letters of
 * its alphabet) and {@link #none} (en, fr: names do not change).
 */
public interface NameInflector {

  /** "paradigm", "lenient" or "none". */
  String kind();

  /** The cases this language's names take, nominative first, each with the label its grammars use. */
  List<CaseLabel> cases();

  /** The forms of {@code base} (a nominative, one or more words). */
  Declension decline(String base, ConceptType type, Gender gender, DeclineMode mode);

  /**
   * Surname endings that differ by gender, each {@code [masculine, feminine]} (ов/ова, ski/ska,
   * フ/ワ for Sokolov/Sokolova in katakana), longest first: the declension data's own pairs, else
   * the locale's {@code names.genderPairs}.
   */
  default List<List<String>> genderPairs() {
    return List.of();
  }

  /**
   * The other gender's form of {@code surname} (Соколова → Соколов, Kormilitsyna → Kormilitsyn,
   * ソコロワ → ソコロフ) by {@link #genderPairs}, or null when no pair fits or the gender is not
   * masculine or feminine. At least three letters must stay before the ending.
   */
  default String otherGenderSurname(String surname, Gender gender) {
    if (gender != Gender.MASCULINE && gender != Gender.FEMININE) {
      return null;
    }
    boolean feminine = gender == Gender.FEMININE;
    String lower = surname.toLowerCase(java.util.Locale.ROOT);
    for (List<String> p : genderPairs()) {
      String own = feminine ? p.get(1) : p.get(0);
      String other = feminine ? p.get(0) : p.get(1);
      if (!own.isEmpty() && lower.endsWith(own) && lower.length() - own.length() >= minStem(surname)
          || own.isEmpty() && !other.isEmpty() && !lower.endsWith(other) && lower.length() >= 4) {
        String stem = surname.substring(0, surname.length() - own.length());
        return stem + other;
      }
    }
    return null;
  }

  private static int minStem(String surname) {
    // three letters of a Latin or Cyrillic stem; two characters of a syllabary (ソコロ, イワノ)
    int cp = surname.codePointAt(0);
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA ? 2 : 3;
  }

  /**
   * Full-name phrases whose surname has the other gender's form, which are errors rather than
   * declensions: for a woman Кристина Кормильцын (the masculine nominative), Елены Соколова (her
   * given name in the genitive, the masculine genitive of her surname), Kristina Kormilitsyn.
   * Every given-name form with a surname form that is no form of hers, and each case's given-name
   * form with the other gender's surname in that case (Соколова, the masculine genitive, is also
   * her nominative). Empty when no gender pair fits, the gender is not known, or the name is one
   * word.
   */
  default Set<String> wrongGenderForms(String base, Gender gender) {
    String[] words = Declension.words(base);
    if (words.length < 2) {
      return Set.of();
    }
    String surname = words[words.length - 1];
    String otherBase = otherGenderSurname(surname, gender);
    if (otherBase == null) {
      return Set.of();
    }
    Gender other = gender == Gender.FEMININE ? Gender.MASCULINE : Gender.FEMININE;
    Declension right = decline(base.trim(), ConceptType.PERSON, gender, DeclineMode.ALL);
    Declension wrong = decline(otherBase, ConceptType.PERSON, other, DeclineMode.ALL);
    Set<String> rightSurnames = new java.util.LinkedHashSet<>();
    Set<String> givenAll = new java.util.LinkedHashSet<>();
    java.util.Map<GrammaticalCase, Set<String>> givenByCase = new java.util.EnumMap<>(GrammaticalCase.class);
    for (CaseLabel cl : cases()) {
      for (String phrase : right.forms().getOrDefault(cl.grammaticalCase(), List.of())) {
        int cut = phrase.lastIndexOf(' ');
        if (cut < 0) {
          continue;
        }
        String given = phrase.substring(0, cut);
        givenAll.add(given);
        givenByCase.computeIfAbsent(cl.grammaticalCase(), k -> new java.util.LinkedHashSet<>()).add(given);
        rightSurnames.add(phrase.substring(cut + 1));
      }
    }
    Set<String> phrases = new java.util.LinkedHashSet<>();
    for (CaseLabel cl : cases()) {
      for (String s : wrong.forms().getOrDefault(cl.grammaticalCase(), List.of())) {
        for (String g : rightSurnames.contains(s) ? givenByCase.getOrDefault(cl.grammaticalCase(), Set.of()) : givenAll) {
          phrases.add(g + " " + s);
        }
      }
    }
    return phrases;
  }

  /**
   * For {@code lenient}: the prefix that a form of {@code word} must start with (the word minus a
   * final vowel), or null when the word must be matched exactly.
   */
  default String stem(String word) {
    return null;
  }

  /**
   * Every ending the language's noun paradigms add to a stem (у, ой, ami...): a word that is a name's stem
   * plus one of these, yet none of its forms, is a form the language does not have for that name.
   * Empty for languages without data.
   */
  default Set<String> endings() {
    return Set.of();
  }

  /**
   * The letters of the language's alphabet in lower case (declension data's {@code letters}), or
   * empty when not known: a name's form with another letter (Russian Путіна, with the Ukrainian і)
   * is a form the language does not have.
   */
  default String letters() {
    return "";
  }

  /** For {@code lenient}: how many letters may follow {@link #stem}. */
  default int maxEnding() {
    return 0;
  }

  /** Gender pairs, longest first, so that -skaya is tried before -aya. */
  static List<List<String>> sortedPairs(List<List<String>> pairs) {
    List<List<String>> sorted = new java.util.ArrayList<>();
    pairs.forEach(p -> sorted.add(List.copyOf(p)));
    sorted.sort((a, b) -> Integer.compare(b.get(0).length() + b.get(1).length(), a.get(0).length() + a.get(1).length()));
    return List.copyOf(sorted);
  }

  /** A case with its label in this language's grammar ("locative" for Polish, "prepositional" for Russian). */
  record CaseLabel(GrammaticalCase grammaticalCase, String label) {}

  /** Names never change (English, French): only the base form is accepted. */
  static NameInflector none() {
    return Simple.NONE;
  }

  /** Names never change, but a surname's gender form is known by {@code genderPairs}. */
  static NameInflector none(List<List<String>> genderPairs) {
    return genderPairs.isEmpty() ? Simple.NONE : new Simple("none", "", 0, genderPairs);
  }

  /**
   * A language that declines but has no paradigm data: a form is the name's stem (the last word
   * minus a final vowel, or minus its last letter when it has five or more; at least three letters
   * left) plus up to {@code maxEnding} letters.
   * Accepting is all it does; it never proves a form wrong.
   */
  static NameInflector lenient(String vowels, int maxEnding) {
    return new Simple("lenient", vowels, maxEnding, List.of());
  }

  /** {@link #lenient(String, int)} with the surname gender pairs of {@link #genderPairs}. */
  static NameInflector lenient(String vowels, int maxEnding, List<List<String>> genderPairs) {
    return new Simple("lenient", vowels, maxEnding, genderPairs);
  }

  /** The inflectors without data. */
  final class Simple implements NameInflector {
    static final Simple NONE = new Simple("none", "", 0, List.of());
    private final String kind;
    private final String vowels;
    private final int maxEnding;
    private final List<List<String>> genderPairs;

    private Simple(String kind, String vowels, int maxEnding, List<List<String>> genderPairs) {
      this.kind = kind;
      this.vowels = vowels;
      this.maxEnding = maxEnding;
      this.genderPairs = sortedPairs(genderPairs);
    }

    @Override
    public String kind() {
      return kind;
    }

    @Override
    public List<CaseLabel> cases() {
      return List.of(new CaseLabel(GrammaticalCase.NOMINATIVE, "nominative"));
    }

    @Override
    public Declension decline(String base, ConceptType type, Gender gender, DeclineMode mode) {
      return Declension.indeclinable(base.trim());
    }

    @Override
    public List<List<String>> genderPairs() {
      return genderPairs;
    }

    @Override
    public String stem(String word) {
      if (!kind.equals("lenient") || word.isEmpty() || !Character.isLetter(word.charAt(word.length() - 1))
          || word.chars().anyMatch(Character::isDigit)) {
        return null;
      }
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      if (lower.equals(word) || word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
        return null; // common words and acronyms are matched as written
      }
      // a final vowel goes (Moskova → Moskovaan); so does a final consonant of a longer word, which
      // endings often replace (Icelandic Spánn → Spánar): a stem only ever accepts, never accuses
      boolean cut = vowels.indexOf(lower.charAt(lower.length() - 1)) >= 0 || word.length() >= 5;
      String stem = cut ? word.substring(0, word.length() - 1) : word;
      return stem.length() >= 3 ? stem : null;
    }

    @Override
    public int maxEnding() {
      return maxEnding;
    }
  }
}
