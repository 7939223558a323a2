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
   *
   * @param words spelled-out numbers CLDR's spell-out rules lack (Ukrainian case forms, полтора),
   *     by lower-case word
   * @param magnitudes words for powers of ten beyond CLDR's compact forms (en "bn", de "Tsd."), by
   *     word as written (a one-letter word may also be a unit: "5m" reads as 5 and as 5 million)
   * @param weakWords number words that are also ordinary words (en "second", fr "neuf"): they may
   *     answer a number of the other side but are never required
   * @param counters CJK measure words after which one numeral character is a count (十天)
   * @param clockWords words beside a number that make it an hour of the clock, beyond the one CLDR's
   *     hour pattern gives (de Uhr, fr h, ja 時): en "o'clock", is "klukkan"
   * @param beforeUnit words that may stand between a number and the unit it counts (ru "с лишним":
   *     два с лишним десятилетия, "two-odd decades"), so that the unit is still read
   */
  public record Numbers(char decimal, String grouping, int groupingMinDigits, Map<String, java.math.BigDecimal> words,
      Map<String, java.math.BigDecimal> magnitudes, List<String> weakWords, String counters, List<String> clockWords,
      List<String> beforeUnit) {
    public Numbers {
      words = Map.copyOf(words);
      magnitudes = Map.copyOf(magnitudes);
      weakWords = List.copyOf(weakWords);
      clockWords = List.copyOf(clockWords);
      beforeUnit = List.copyOf(beforeUnit);
    }

    /** Separators only, no extra words (for tests and callers that build data by hand). */
    public Numbers(char decimal, String grouping, int groupingMinDigits) {
      this(decimal, grouping, groupingMinDigits, Map.of(), Map.of(), List.of(), "", List.of(), List.of());
    }
  }

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
   * @param dayAloneBefore where CLDR writes a day with a word of its own (ja 19日), words that,
   *     right after such a day written alone, make it a day of the month (ja "、": 鉄道会社は20日、…;
   *     早朝), besides its weekday, a range and CLDR's day periods (朝, 午後)
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
      boolean titleCase,
      List<String> dayAloneBefore) {

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
      dayAloneBefore = List.copyOf(dayAloneBefore);
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
   * @param foreignEndings case endings of declining languages (Putina, Putinu, Putinem) that a
   *     person's name never takes in this language, unless its own paradigm gives them
   * @param governors words and phrases after which a name stands only in the cases listed (по словам:
   *     genitive; с: genitive, accusative or instrumental), keys in lower case
   * @param fingerprint a digest of the {@code names} section all of the above was read from, so that
   *     forms made from it ahead of time ({@link PlaceForms}) are used only with the same data
   */
  public record Names(
      String inflection, String latinKey, Map<String, String> transliterate, List<String> stemEndings,
      NameInflector inflector, List<String> keepLatin, Map<String, List<String>> places,
      Map<String, List<String>> demonyms, boolean compounds, List<String> foreignEndings,
      Map<String, java.util.Set<GrammaticalCase>> governors, String fingerprint) {
    public Names {
      transliterate = Map.copyOf(transliterate);
      stemEndings = List.copyOf(stemEndings);
      Objects.requireNonNull(inflector, "inflector");
      keepLatin = List.copyOf(keepLatin);
      places = Map.copyOf(places);
      demonyms = Map.copyOf(demonyms);
      foreignEndings = List.copyOf(foreignEndings);
      Map<String, java.util.Set<GrammaticalCase>> g = new java.util.HashMap<>();
      governors.forEach((k, v) -> g.put(k, java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(v))));
      governors = Map.copyOf(g);
    }
  }

  /**
   * Number–noun agreement, in a language-neutral shape: each noun's forms by grammatical case and
   * CLDR plural category (one, few, many, other…), and the words that make a number take a case.
   *
   * @param cases the cases of the language that the noun tables cover (a noun that lists them all is
   *     complete: a form it does not list for a number in any case is one the language lacks)
   * @param unmarked the cases a number is in when no governing word precedes it (nominative,
   *     accusative)
   * @param governors by case, the words (prepositions, comparatives) after which a number is in
   *     that case; a word may govern several cases
   * @param nouns the counted nouns
   * @param dictionary a morphological dictionary for the words the noun tables do not know, or null
   */
  public record Agreement(
      List<String> cases,
      List<String> unmarked,
      Map<String, List<String>> governors,
      List<Noun> nouns,
      Dictionary dictionary) {
    public Agreement {
      cases = List.copyOf(cases);
      unmarked = List.copyOf(unmarked);
      governors = Map.copyOf(governors);
      nouns = List.copyOf(nouns);
    }

    public Agreement(List<String> cases, List<String> unmarked, Map<String, List<String>> governors, List<Noun> nouns) {
      this(cases, unmarked, governors, nouns, null);
    }

    /** Whether there is nothing to check with: no noun table and no dictionary. */
    public boolean isEmpty() {
      return nouns.isEmpty() && dictionary == null;
    }
  }

  /**
   * A morphological dictionary (Morfologik FSA format) that gives any word's readings as tags, and
   * what the tags mean in the schema's terms: the agreement check asks it about a word after a
   * number that the noun tables do not know.
   *
   * @param resource the class-path resource of the {@code .dict} file (its {@code .info} beside it)
   * @param tags feature → the tag tokens that carry it: the cases of {@link Agreement#cases},
   *     {@code singular}, {@code plural}, genders, and the word classes {@code noun},
   *     {@code adjective}, {@code other} (another word class whatever else the tag says), {@code stop}
   *     (conjunctions, determiners: a word with such a reading ends the phrase), {@code preposition}
   *     (a stop that also makes a year of a four-digit number after it), {@code name}
   *     (a proper name's reading, ignored) and {@code invariable} (a reading that fits any number:
   *     indeclinable, uncountable); a token written {@code !T} gives the feature to a reading without
   *     token T (ru "singular": ["!PL"])
   * @param noun case of the number → CLDR plural category → the readings a counted noun may have
   *     there, each a space-separated list of features ("genitive plural")
   * @param adjective the same for an adjective agreeing with the noun; empty where adjectives need
   *     not agree (English)
   * @param adjectivesAfter whether adjectives after the noun agree too (fr "1 500 repas chauds")
   * @param errors whether a form that fits the number in no case is an error (false: a warning)
   * @param bareOrdinals whether digits without an ending may be an ordinal (ru "в 5 классе"): the
   *     singular the case calls for is then a warning, not an error
   * @param attributive whether a number and a singular noun may modify what follows ("a 30 year
   *     mortgage", "5 foot tall", "the 2020 election"): a singular then raises nothing
   * @param uncounted words a number does not count though they follow it (ru "в 5 утра")
   */
  public record Dictionary(String resource, Map<String, List<String>> tags,
      Map<String, Map<String, List<String>>> noun, Map<String, Map<String, List<String>>> adjective,
      boolean adjectivesAfter, boolean errors, boolean bareOrdinals, boolean attributive, List<String> uncounted) {
    public Dictionary {
      tags = Map.copyOf(tags);
      noun = formsCopy(noun);
      adjective = formsCopy(adjective);
      uncounted = List.copyOf(uncounted);
    }

  }

  /** An unmodifiable copy of forms by case and plural category, in their order. */
  private static Map<String, Map<String, List<String>>> formsCopy(Map<String, Map<String, List<String>>> m) {
    Map<String, Map<String, List<String>>> out = new java.util.LinkedHashMap<>();
    m.forEach((c, byCategory) -> {
      Map<String, List<String>> k = new java.util.LinkedHashMap<>();
      byCategory.forEach((cat, v) -> k.put(cat, List.copyOf(v)));
      out.put(c, java.util.Collections.unmodifiableMap(k));
    });
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * One counted noun: either an ICU measure unit whose CLDR names give the forms ({@code unit}, e.g.
   * "year", "percent"), or explicit forms by case and plural category, or both (explicit forms win
   * case by case).
   *
   * @param unit an ICU unit identifier, or null
   * @param forms case → plural category → accepted forms
   * @param yearNoun whether four-digit numbers before it are years (2024 год) rather than counts
   * @param ordinal whether a number in digits before the singular form its case calls for is read as
   *     an ordinal and not checked (о 5 годині: at five o'clock)
   */
  public record Noun(String unit, Map<String, Map<String, List<String>>> forms, boolean yearNoun, boolean ordinal) {
    public Noun {
      forms = formsCopy(forms);
    }
  }
}
