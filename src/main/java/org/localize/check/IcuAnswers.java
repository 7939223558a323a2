package org.localize.check;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.localize.locale.IcuLists;

/**
 * ICU's answers to the few questions the checks ask of it that are slow to ask in a fresh JVM
 * (a pattern generator reads and indexes all of a locale's date patterns to answer one skeleton),
 * shipped in the jar for the languages of the built-in locale data: {@code icu-answers/<language>.txt},
 * one answer a line ({@code question<TAB>answer}), made by recording what ICU answered while the
 * checks' tables of those languages were built. A file is used only with the ICU version it was
 * made from; a question it does not hold (another language or locale, a user's locale data) is
 * asked of ICU, so the answers are the same either way, only sooner. IcuAnswersTest keeps the files
 * equal to what ICU answers and writes new ones into target/icu-answers/ when they differ.
 */
final class IcuAnswers {
  static final String DIR = "icu-answers/";

  private static final Map<String, Map<String, String>> SHIPPED = new ConcurrentHashMap<>();

  /**
   * ICU's version as the files name it, made once: the number words ask thousands of questions, and
   * {@link VersionInfo#toString} builds the string anew each time.
   */
  private static final String ICU = VersionInfo.ICU_VERSION.toString();

  /**
   * When set on a thread (by the test that makes the files), that thread asks ICU every question and
   * records the answer here, by the language of the locale asked about.
   */
  static final ThreadLocal<Map<String, Map<String, String>>> RECORDING = new ThreadLocal<>();

  private IcuAnswers() {}

  /** {@link DateTimePatternGenerator#getBestPattern} of {@code skeleton} in {@code locale}. */
  static String bestPattern(ULocale locale, String skeleton) {
    return ask(locale, "pattern " + locale + " " + skeleton,
        () -> DateTimePatternGenerator.getInstance(locale).getBestPattern(skeleton));
  }

  /**
   * The first part of CLDR's interval pattern for a range of days in {@code locale} ("d.–" in
   * German), or null when it has none.
   */
  static String dayIntervalFirstPart(ULocale locale) {
    String a = ask(locale, "interval-first " + locale, () -> {
      String first = new com.ibm.icu.text.DateIntervalInfo(locale)
          .getIntervalPattern("d", com.ibm.icu.util.Calendar.DATE).getFirstPart();
      return first == null ? "-" : "=" + first;
    });
    return a.equals("-") ? null : a.substring(1);
  }

  /**
   * {@link com.ibm.icu.text.DateFormatSymbols#getMonths(int, int)} of {@code locale} (a fresh array):
   * the symbols of a locale are read from its calendar data, some milliseconds of a cold run, which
   * otherwise needs them only to build the date and number vocabularies.
   */
  static String[] months(ULocale locale, int context, int width) {
    return symbols(locale, "months", context, width);
  }

  /** {@link com.ibm.icu.text.DateFormatSymbols#getWeekdays(int, int)} of {@code locale} (a fresh array, Sunday at 1). */
  static String[] weekdays(ULocale locale, int context, int width) {
    return symbols(locale, "weekdays", context, width);
  }

  /** {@link com.ibm.icu.text.DateFormatSymbols#getAmPmStrings()} of {@code locale} (a fresh array). */
  static String[] amPm(ULocale locale) {
    return symbols(locale, "ampm", 0, 0);
  }

  /**
   * The base name of the locale whose data {@link com.ibm.icu.text.DateFormatSymbols} of {@code
   * locale} come from ({@link ULocale#ACTUAL_LOCALE}: ru for ru_001), or null when ICU names none.
   */
  static String symbolsLocale(ULocale locale) {
    String a = ask(locale, "symbols-locale " + locale, () -> {
      ULocale actual = com.ibm.icu.text.DateFormatSymbols.getInstance(locale).getLocale(ULocale.ACTUAL_LOCALE);
      return actual == null ? "-" : "=" + actual.getBaseName();
    });
    return a.equals("-") ? null : a.substring(1);
  }

  /**
   * "1" and "2" joined by {@code locale}'s wide list pattern of {@code type} ("1 и 2"), or null when
   * ICU has none for it (throws): reading a locale's list patterns was a tenth of building its date
   * vocabulary in a cold run, which needs only the word between two days.
   */
  static String listOfTwo(ULocale locale, com.ibm.icu.text.ListFormatter.Type type) {
    String a = ask(locale, "list-of-two " + locale + " " + type, () -> {
      try {
        return "=" + com.ibm.icu.text.ListFormatter.getInstance(locale, type, com.ibm.icu.text.ListFormatter.Width.WIDE)
            .format("1", "2");
      } catch (RuntimeException e) {
        return "-"; // a locale without list patterns
      }
    });
    return a.startsWith("=") ? a.substring(1) : null;
  }

  /**
   * {@link com.ibm.icu.text.PluralRules#forLocale(ULocale)} of {@code locale}: shipped as the rules'
   * description, which {@link com.ibm.icu.text.PluralRules#parseDescription} makes into equal rules.
   * ICU's loader reads the plural data of every locale and the plural ranges to give one locale's
   * rules, tens of milliseconds of a cold run that needs only its few lines.
   */
  static com.ibm.icu.text.PluralRules pluralRules(ULocale locale) {
    com.ibm.icu.text.PluralRules[] fromIcu = new com.ibm.icu.text.PluralRules[1];
    String a = ask(locale, "plural-rules " + locale, () -> (fromIcu[0] = com.ibm.icu.text.PluralRules.forLocale(locale)).toString());
    if (fromIcu[0] != null) {
      return fromIcu[0];
    }
    try {
      return com.ibm.icu.text.PluralRules.parseDescription(a);
    } catch (java.text.ParseException | RuntimeException e) {
      return com.ibm.icu.text.PluralRules.forLocale(locale); // a garbled answer: ICU's own
    }
  }

  /** The script of {@link ULocale#addLikelySubtags} of {@code locale} (Cyrl for ru): ICU reads its likely-subtags data for it. */
  static String likelyScript(ULocale locale) {
    return ask(locale, "likely-script " + locale, () -> ULocale.addLikelySubtags(locale).getScript());
  }

  /** The first of {@link com.ibm.icu.lang.UScript#getCode(ULocale)} of {@code locale}, or -1 when it gives none. */
  static int mainScript(ULocale locale) {
    return Integer.parseInt(ask(locale, "script " + locale, () -> {
      int[] codes = com.ibm.icu.lang.UScript.getCode(locale);
      return String.valueOf(codes == null || codes.length == 0 ? -1 : codes[0]);
    }));
  }

  private static String[] symbols(ULocale locale, String kind, int context, int width) {
    String a = ask(locale, kind + " " + locale + " " + context + " " + width, () -> {
      String[] s = symbolsFromIcu(locale, kind, context, width);
      if (s.length == 0) {
        return "!"; // (an empty answer would read back as one empty symbol)
      }
      for (String x : s) {
        if (x.indexOf('|') >= 0 || x.indexOf('\t') >= 0 || x.indexOf('\n') >= 0 || x.indexOf('\r') >= 0) {
          return "!"; // a symbol the answer cannot hold: ICU is asked every time
        }
      }
      return "=" + String.join("|", s);
    });
    return a.startsWith("=") ? a.substring(1).split("\\|", -1) : symbolsFromIcu(locale, kind, context, width);
  }

  private static String[] symbolsFromIcu(ULocale locale, String kind, int context, int width) {
    com.ibm.icu.text.DateFormatSymbols dfs = com.ibm.icu.text.DateFormatSymbols.getInstance(locale);
    return switch (kind) {
      case "months" -> dfs.getMonths(context, width);
      case "weekdays" -> dfs.getWeekdays(context, width);
      default -> dfs.getAmPmStrings();
    };
  }

  /**
   * The answer to {@code question} about {@code locale}: shipped, or what {@code icu} asks ICU; never
   * null. The question must name everything the answer depends on (the locale, the values asked about).
   */
  static String ask(ULocale locale, String question, Supplier<String> icu) {
    Map<String, Map<String, String>> rec = RECORDING.get();
    if (rec != null) {
      String a = icu.get();
      rec.computeIfAbsent(locale.getLanguage(), l -> new java.util.TreeMap<>()).put(question, a);
      return a;
    }
    String a = shipped(locale.getLanguage(), ICU).get(question);
    return a != null ? a : icu.get();
  }

  /** The shipped answers about {@code language}'s locales (empty when none ship for it or its ICU). */
  static Map<String, String> shipped(String language, String icuVersion) {
    if (!icuVersion.equals(ICU)) {
      return read(language, icuVersion); // for the tests: not kept
    }
    return SHIPPED.computeIfAbsent(language, l -> read(l, icuVersion));
  }

  private static Map<String, String> read(String language, String icuVersion) {
    List<String> lines = IcuLists.ofLanguage(IcuAnswers.class, DIR, language, icuVersion);
    return lines == null ? Map.of() : parse(lines);
  }

  /** The answers of a shipped file's lines; none when a line is garbled. */
  static Map<String, String> parse(List<String> lines) {
    Map<String, String> out = new HashMap<>(lines.size() * 2);
    for (String line : lines) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        return Map.of(); // garbled: ICU answers again
      }
      out.put(line.substring(0, tab), line.substring(tab + 1));
    }
    return out;
  }

  /** A file's lines for {@code answers}, in question order (without its ICU version line). */
  static String lines(Map<String, String> answers) {
    StringBuilder b = new StringBuilder();
    new java.util.TreeMap<>(answers).forEach((q, a) -> b.append(q).append('\t').append(a).append('\n'));
    return b.toString();
  }
}
