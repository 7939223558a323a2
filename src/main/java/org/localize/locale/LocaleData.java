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
   * Date conventions beyond CLDR.
   *
   * @param monthsWithDay house spelling of each month next to a day number (AP: Jan., Sept.,
   *     March), twelve entries, or empty when CLDR's wide form is the house form
   * @param monthsPrepositional month forms after "в" (в июне), twelve entries or empty
   * @param dayOrdinalSuffixes suffixes that house style forbids after a day number (19th, 19-го)
   * @param weekdayCases weekday forms that CLDR lacks, each with the words that must precede it
   * @param weekdayNeedsLeadIn whether a weekday standing alone counts only after one of those words
   *     (Russian: "среда" is also "environment")
   * @param yearWords words that may follow a year in a date (года, г.)
   */
  public record Dates(
      List<String> monthsWithDay,
      List<String> monthsPrepositional,
      List<String> dayOrdinalSuffixes,
      List<WeekdayCase> weekdayCases,
      boolean weekdayNeedsLeadIn,
      List<String> yearWords) {

    public Dates {
      monthsWithDay = List.copyOf(monthsWithDay);
      monthsPrepositional = List.copyOf(monthsPrepositional);
      dayOrdinalSuffixes = List.copyOf(dayOrdinalSuffixes);
      weekdayCases = List.copyOf(weekdayCases);
      yearWords = List.copyOf(yearWords);
    }
  }

  /** Seven weekday forms, Sunday first, and the words after which they denote a weekday. */
  public record WeekdayCase(List<String> after, List<String> forms) {
    public WeekdayCase {
      after = List.copyOf(after);
      forms = List.copyOf(forms);
    }
  }

  /**
   * How names behave: which inflector derives case forms ("paradigm", "lenient" or "none"), the ICU
   * transform that turns a name into a Latin matching key, the transforms that write foreign names
   * in this locale's script (keyed by ISO 15924 script code), and the endings stripped when
   * comparing spellings across a story.
   *
   * @param inflector the forms of names, built once from {@code names.declension} (or lenient/none)
   * @param keepLatin Latin words conventional in this locale's non-Latin text (COVID, AFP, Reuters)
   * @param places extra names and irregular forms of built-in places, by region code (KR) or
   *     canonical time-zone id (Europe/Kiev), added to what CLDR gives
   * @param demonyms words that mention a place without naming it (российский, Russian), by region
   *     code; each is a stem that may take an ending of up to four letters
   * @param compounds whether names join other words with hyphens (German Kim-Il-Sung-Platz,
   *     Putin-Regierung): a name's words then also match joined by hyphens
   */
  public record Names(
      String inflection, String latinKey, Map<String, String> transliterate, List<String> stemEndings,
      NameInflector inflector, List<String> keepLatin, Map<String, List<String>> places,
      Map<String, List<String>> demonyms, boolean compounds) {
    public Names {
      transliterate = Map.copyOf(transliterate);
      stemEndings = List.copyOf(stemEndings);
      Objects.requireNonNull(inflector, "inflector");
      keepLatin = List.copyOf(keepLatin);
      places = Map.copyOf(places);
      demonyms = Map.copyOf(demonyms);
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
