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
   * Full-name phrases whose surname has the other gender's form (Кристина Кормильцын for a woman),
   * which are errors rather than declensions; empty when the language has no such pairs or the
   * gender is not known.
   */
  Set<String> wrongGenderForms(String base, Gender gender);

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

  /** For {@code lenient}: how many letters may follow {@link #stem}. */
  default int maxEnding() {
    return 0;
  }

  /** A case with its label in this language's grammar ("locative" for Polish, "prepositional" for Russian). */
  record CaseLabel(GrammaticalCase grammaticalCase, String label) {}

  /** Names never change (English, French): only the base form is accepted. */
  static NameInflector none() {
    return Simple.NONE;
  }

  /**
   * A language that declines but has no paradigm data: a form is the name's stem (the last word
   * minus a final vowel, or minus its last letter when it has five or more; at least three letters
   * left) plus up to {@code maxEnding} letters.
   * Accepting is all it does; it never proves a form wrong.
   */
  static NameInflector lenient(String vowels, int maxEnding) {
    return new Simple("lenient", vowels, maxEnding);
  }

  /** The inflectors without data. */
  final class Simple implements NameInflector {
    static final Simple NONE = new Simple("none", "", 0);
    private final String kind;
    private final String vowels;
    private final int maxEnding;

    private Simple(String kind, String vowels, int maxEnding) {
      this.kind = kind;
      this.vowels = vowels;
      this.maxEnding = maxEnding;
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
    public Set<String> wrongGenderForms(String base, Gender gender) {
      return Set.of();
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
