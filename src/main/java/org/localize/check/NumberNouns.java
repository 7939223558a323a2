package org.localize.check;

import com.ibm.icu.number.FormattedNumber;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.localize.locale.LocaleData;

/**
 * The counted nouns of a locale's {@code agreement} data, each with its forms by grammatical case
 * and CLDR plural category, and the governing words by the cases they impose.
 *
 * <p>A noun given as an ICU unit ("year", "percent") takes its forms from CLDR's unit names in every
 * case ICU has (uk "1 рік, 2 роки, 5 років" nominative; "2 років" genitive…); explicit forms in the
 * locale file win case by case. Built once per locale, on first use.
 */
final class NumberNouns {
  /** What is not part of a unit's name in ICU's formatted "5 часов" (String.replaceAll compiled this per call). */
  private static final java.util.regex.Pattern NOT_NAME = java.util.regex.Pattern.compile("[\\d.,\\u00A0\\u202F]");

  /** A noun: case → category → forms (folded, lower case); complete when every case of the language is there. */
  record Noun(Map<String, Map<String, Set<String>>> forms, boolean complete, boolean year, boolean ordinal) {

    /**
     * Whether {@code form} is a singular form ("one" takes it) in one of {@code cases}: the form an
     * ordinal written in digits would take there (о 5 годині, на 90 минуте).
     */
    boolean singular(String form, Iterable<String> cases) {
      for (String c : cases) {
        if (forms.getOrDefault(c, Map.of()).getOrDefault("one", Set.of()).contains(form)) {
          return true;
        }
      }
      return false;
    }


    /** The forms for category {@code k} in any of {@code cases}, or null if a case is missing. */
    Set<String> allowed(String k, Iterable<String> cases) {
      Set<String> out = new LinkedHashSet<>();
      for (String c : cases) {
        Map<String, Set<String>> byCategory = forms.get(c);
        if (byCategory == null || !byCategory.containsKey(k)) {
          return null;
        }
        out.addAll(byCategory.get(k));
      }
      return out;
    }

    /** The forms for category {@code k} in every case listed. */
    Set<String> anyCase(String k) {
      Set<String> out = new LinkedHashSet<>();
      forms.values().forEach(m -> out.addAll(m.getOrDefault(k, Set.of())));
      return out;
    }
  }

  private final Locale lower;
  private final List<String> cases;
  private final List<String> unmarked;
  private final Map<String, Set<String>> governors = new HashMap<>();
  private final Map<String, Noun> byForm = new HashMap<>();
  private final NumberLexicon lexicon;
  private final com.ibm.icu.util.ULocale locale;
  private volatile Set<String> currencyWords;

  NumberNouns(LocaleData data) {
    this.lower = data.locale().toLocale();
    this.locale = data.locale();
    LocaleData.Agreement a = data.agreement();
    this.cases = a.cases();
    this.unmarked = a.unmarked();
    a.governors().forEach((c, words) -> words.forEach(w -> governors.computeIfAbsent(fold(w), k -> new LinkedHashSet<>()).add(c)));
    this.lexicon = a.dictionary() == null ? null : new NumberLexicon(a.dictionary(), a.cases(), lower);
    Map<String, BigDecimal> samples = samples(data.locale());
    for (LocaleData.Noun n : a.nouns()) {
      Map<String, Map<String, Set<String>>> forms = new LinkedHashMap<>();
      if (n.unit() != null) {
        forms.putAll(fromIcu(data.locale(), n.unit(), samples));
      }
      n.forms().forEach((c, byCategory) -> {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        byCategory.forEach((k, v) -> {
          Set<String> s = new LinkedHashSet<>();
          v.forEach(f -> s.add(fold(f)));
          m.put(k, s);
        });
        forms.put(c, m);
      });
      Noun noun = new Noun(Collections.unmodifiableMap(forms), forms.keySet().containsAll(cases), n.yearNoun(), n.ordinal());
      forms.values().forEach(m -> m.values().forEach(set -> set.forEach(f -> {
        if (f.indexOf(' ') < 0) {
          byForm.putIfAbsent(f, noun);
        }
      })));
    }
  }

  private String fold(String s) {
    return Text.fold(s).toLowerCase(lower);
  }

  /** One number per plural category, written as it selects it (1,5 with its fraction: "other" in Russian). */
  private static Map<String, BigDecimal> samples(ULocale locale) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (String s : new String[] {"1", "2", "5", "21", "22", "25", "1.5", "0.5", "2.5", "100", "1000000"}) {
      BigDecimal v = new BigDecimal(s);
      // through IcuAnswers: a formatter's first use builds much of ICU's number formatting (the
      // question names all the answer depends on, so the rules are ICU's own for the locale)
      String category = IcuAnswers.ask(locale, "plural " + locale + " " + s, () -> {
        FormattedNumber f = NumberFormatter.withLocale(locale).precision(Precision.fixedFraction(Math.max(0, v.scale())))
            .format(v);
        return PluralRules.forLocale(locale).select(f);
      });
      out.putIfAbsent(category, v);
    }
    return out;
  }

  @SuppressWarnings("deprecation") // unitDisplayCase: CLDR's case-inflected unit names (a technology preview in ICU 78)
  private Map<String, Map<String, Set<String>>> fromIcu(ULocale locale, String unit, Map<String, BigDecimal> samples) {
    Map<String, Map<String, Set<String>>> out = new LinkedHashMap<>();
    for (String c : cases) {
      Map<String, Set<String>> byCategory = new LinkedHashMap<>();
      samples.forEach((k, v) -> {
        // through IcuAnswers: each of these formatters reads the unit's names anew, and a locale
        // has a dozen units in six cases
        String s = IcuAnswers.ask(locale, "unit " + locale + " " + unit + " " + c + " " + v, () ->
            NumberFormatter.withLocale(locale).unit(MeasureUnit.forIdentifier(unit)).unitWidth(NumberFormatter.UnitWidth.FULL_NAME)
                .unitDisplayCase(c).precision(Precision.fixedFraction(Math.max(0, v.scale()))).format(v).toString());
        String name = NOT_NAME.matcher(s).replaceAll(" ").trim();
        byCategory.put(k, Set.of(fold(name)));
      });
      out.put(c, byCategory);
    }
    return out;
  }

  boolean isEmpty() {
    return byForm.isEmpty() && lexicon == null;
  }

  /**
   * Whether {@code word} (folded, lower case) is a word of a currency's name in CLDR, in any plural
   * form ("ariarys malgaches", "Deutsche Mark"): usage of currency names after numbers varies
   * (fr "100 000 ariary" beside CLDR's "ariarys"), so a form the dictionary rejects is unsure.
   * Built on first use, which is rare.
   */
  boolean currencyWord(String word) {
    Set<String> w = currencyWords;
    if (w == null) {
      synchronized (this) {
        w = currencyWords;
        if (w == null) {
          Set<String> out = new java.util.HashSet<>();
          for (com.ibm.icu.util.Currency c : com.ibm.icu.util.Currency.getAvailableCurrencies()) {
            for (String k : new String[] {"one", "few", "many", "other"}) {
              String name = c.getName(locale, com.ibm.icu.util.Currency.PLURAL_LONG_NAME, k, null);
              if (name != null) {
                for (String part : fold(name).split("[\\s\\p{Punct}]+")) {
                  out.add(part);
                }
              }
            }
          }
          currencyWords = w = Set.copyOf(out);
        }
      }
    }
    return w.contains(word);
  }

  /** The locale's morphological dictionary for the words the tables do not know, or null. */
  NumberLexicon lexicon() {
    return lexicon;
  }

  /** The noun one of whose forms is {@code word} (folded, lower case), or null. */
  Noun noun(String word) {
    return byForm.get(word);
  }

  /** The cases {@code word} (folded, lower case) governs, or null. */
  Set<String> governed(String word) {
    return governors.get(word);
  }

  List<String> cases() {
    return cases;
  }

  List<String> unmarked() {
    return unmarked;
  }

  /** {@code word} folded and lower-cased as the tables are. */
  String key(String word) {
    return fold(word);
  }

  /** Forms of every case, for messages: "года or лет". */
  static String either(Set<String> forms) {
    return String.join(" or ", new ArrayList<>(forms));
  }
}
