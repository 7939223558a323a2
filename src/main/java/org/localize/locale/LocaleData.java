package org.localize.locale;

import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * House style of one locale, resolved from {@code locales/*.json} along the ICU fallback chain on
 * top of CLDR defaults; see {@code locales/README.md} for the file format.
 */
public record LocaleData(
    ULocale locale,
    Quotes quotes,
    Typography typography,
    Numbers numbers,
    Dates dates,
    Names names,
    Agreement agreement) {

  public LocaleData {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(quotes, "quotes");
    Objects.requireNonNull(typography, "typography");
    Objects.requireNonNull(numbers, "numbers");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(agreement, "agreement");
  }

  /** The language subtag, e.g. "ru" for ru-RU; glossaries are keyed by it. */
  public String language() {
    return locale.getLanguage();
  }

  /** Outer and nested quotation marks. */
  public record Quotes(String primaryOpen, String primaryClose, String secondaryOpen, String secondaryClose) {}

  /**
   * Dash and spacing rules: the dash between clauses, whether it is spaced, and the punctuation
   * that takes no space before it.
   */
  public record Typography(String dash, boolean dashSpaced, String noSpaceBefore) {}

  /**
   * Number conventions: decimal separator, the characters accepted as group separators, and the
   * smallest number of integer digits that must be grouped (5 in Russian: 1500 but 15 000).
   */
  public record Numbers(char decimal, String grouping, int groupingMinDigits) {}

  /**
   * Date conventions beyond CLDR: the forms of month and weekday names that CLDR does not record
   * (case forms after prepositions, inflected forms, compounds) and the words around dates. See
   * {@code locales/README.md}; every list may be empty.
   *
   * @param monthsWithDay house spelling of each month next to a day number (AP: Jan., Sept.,
   *     March), twelve entries, or empty when CLDR's wide form is the house form
   * @param monthsPrepositional month forms after "в" (в июне), twelve entries or empty; the same as
   *     one entry of {@code monthCases} without lead-in words
   * @param dayOrdinalSuffixes suffixes that house style forbids after a day number (19th, 19-го)
   * @param weekdayCases weekday forms that CLDR lacks, each with the words that must precede it
   * @param weekdayNeedsLeadIn whether a weekday standing alone counts only after one of those words
   *     (Russian: "среда" is also "environment")
   * @param yearWords words that may follow a year in a date (года, г.)
   * @param monthCases month forms that CLDR lacks (locatives: у червні, w czerwcu), with the words
   *     they follow
   * @param endings inflection by ending: each key ending of a month or weekday name (Icelandic
   *     "dagur") with the endings that replace it ("dag", "dags", "daginn"…)
   * @param weekdayCompounds word parts that may follow a weekday in one word (German "abend":
   *     Mittwochabend)
   * @param weekdayJoiners words that may stand between a weekday and its date (German "dem":
   *     am Mittwoch, dem 19. Juni)
   * @param weekdayAbbreviationsAlone whether an abbreviated weekday is a weekday on its own (Chinese 周一)
   * @param weekdayNotAfter words after which a weekday word is something else (Chinese 一周一次, "once a week")
   * @param daySuffixes endings allowed after a day number (French 1er)
   * @param yearLeadIns words after which a four-digit number is a year (in 2024, im Jahr 2024)
   * @param monthLeadIns where not empty, a month without day or year counts only after one of these
   *     (English "in May", not Theresa May)
   * @param ambiguous month and weekday forms that are also common words: they confirm a date,
   *     never contradict one
   * @param rangeWords words that join the two days of a range besides CLDR's "and" and "or" (en
   *     "to": 5 to 9 August; de "bis"; cs "do")
   * @param dayJoiners words that may stand between a day and its month (en "of": the 20th of July)
   * @param titleCase whether the language capitalises the words of titles, so that a month or
   *     weekday next to another capitalised word may belong to a name (Fox News Sunday, The Sunday
   *     Times, Black Friday): such a mention confirms a date, never contradicts or requires one
   */
  public record Dates(
      List<String> monthsWithDay,
      List<String> monthsPrepositional,
      List<String> dayOrdinalSuffixes,
      List<WeekdayCase> weekdayCases,
      boolean weekdayNeedsLeadIn,
      List<String> yearWords,
      List<MonthCase> monthCases,
      Map<String, List<String>> endings,
      List<String> weekdayCompounds,
      List<String> weekdayJoiners,
      boolean weekdayAbbreviationsAlone,
      List<String> weekdayNotAfter,
      List<String> daySuffixes,
      List<String> yearLeadIns,
      List<String> monthLeadIns,
      List<String> ambiguous,
      List<String> rangeWords,
      List<String> dayJoiners,
      boolean titleCase) {

    public Dates {
      monthsWithDay = List.copyOf(monthsWithDay);
      monthsPrepositional = List.copyOf(monthsPrepositional);
      dayOrdinalSuffixes = List.copyOf(dayOrdinalSuffixes);
      weekdayCases = List.copyOf(weekdayCases);
      yearWords = List.copyOf(yearWords);
      monthCases = List.copyOf(monthCases);
      Map<String, List<String>> e = new java.util.LinkedHashMap<>();
      endings.forEach((k, v) -> e.put(k, List.copyOf(v)));
      endings = java.util.Collections.unmodifiableMap(e);
      weekdayCompounds = List.copyOf(weekdayCompounds);
      weekdayJoiners = List.copyOf(weekdayJoiners);
      weekdayNotAfter = List.copyOf(weekdayNotAfter);
      daySuffixes = List.copyOf(daySuffixes);
      yearLeadIns = List.copyOf(yearLeadIns);
      monthLeadIns = List.copyOf(monthLeadIns);
      ambiguous = List.copyOf(ambiguous);
      rangeWords = List.copyOf(rangeWords);
      dayJoiners = List.copyOf(dayJoiners);
    }
  }

  /** Seven weekday forms, Sunday first, and the words after which they denote a weekday. */
  public record WeekdayCase(List<String> after, List<String> forms) {
    public WeekdayCase {
      after = List.copyOf(after);
      forms = List.copyOf(forms);
    }
  }

  /** Twelve month forms, January first, and the words they follow (may be empty). */
  public record MonthCase(List<String> after, List<String> forms) {
    public MonthCase {
      after = List.copyOf(after);
      forms = List.copyOf(forms);
    }
  }

  /**
   * How names behave: which inflector derives case forms ("ru" or "none"), the ICU transform that
   * turns a name into a Latin matching key, the transforms that write foreign names in this
   * locale's script (keyed by ISO 15924 script code), and the endings stripped when comparing
   * spellings across a story.
   */
  public record Names(
      String inflection, String latinKey, Map<String, String> transliterate, List<String> stemEndings) {
    public Names {
      transliterate = Map.copyOf(transliterate);
      stemEndings = List.copyOf(stemEndings);
    }
  }

  /**
   * Number–noun agreement: for each plural category (ICU keywords) the noun forms allowed, the
   * wider set allowed after a genitive-governing word, the governors, and the nouns.
   */
  public record Agreement(
      Map<String, List<String>> allowed,
      Map<String, List<String>> allowedAfterGovernor,
      List<String> governors,
      List<Noun> nouns) {
    public Agreement {
      allowed = Map.copyOf(allowed);
      allowedAfterGovernor = Map.copyOf(allowedAfterGovernor);
      governors = List.copyOf(governors);
      nouns = List.copyOf(nouns);
    }

    public boolean isEmpty() {
      return nouns.isEmpty();
    }
  }

  /**
   * One countable noun: its forms by form name (nomSg, genSg, genPl) and whether four-digit numbers
   * before it are years (2024 год) rather than counts.
   */
  public record Noun(Map<String, String> forms, boolean yearNoun) {
    public Noun {
      forms = Map.copyOf(forms);
    }
  }
}
