package org.localize.check;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * A counted noun right after a number in a form the number does not take: uk "24 років" (24 роки),
 * pl "12 godziny" (12 godzin), ru "25 года", "три лет". The noun forms come by grammatical case and
 * CLDR plural category from the locale's {@code agreement} data (ICU's unit names for years, days,
 * hours, percent…); the case is the one a governing word before the number imposes (около 24 лет,
 * do 24 lat), the unmarked nominative or accusative otherwise, or, for a number in words, the case
 * its own form shows (трех, dwudziestu).
 *
 * <p>Severity follows proof. A form the noun never takes after that number, in any case, is an error
 * when the noun's forms are known in every case of the language (25 года, 12 godziny, 1,5 лет), and
 * so is a form whose case contradicts the case of a number in words (три лет). A form that fits the
 * number only in another case than the words before it show is a warning (24 років, за 24 лет): a
 * governing word the data does not list, or a verb, may call for it. Years written as numbers (2024
 * год), numbers with an ending (2025-м), ordinals (12. rocznica) and times are skipped.
 */
public final class PluralAgreementCheck implements Check {

  @Override
  public String id() {
    return "numbers.agreement";
  }

  @Override
  public String title() {
    return "A noun after a number is not in the form the number requires";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    LocaleTools tools = story.targetTools();
    NumberNouns nouns = tools.nouns();
    if (nouns.isEmpty()) {
      return;
    }
    String s = unit.target().folded();
    for (NumberMention n : unit.targetNumbers()) {
      if (n.value() == null || n.suffixed() || (n.flags() & (NumberMention.ORDINAL | NumberMention.TIME
          | NumberMention.CODE | NumberMention.IN_DATE | NumberMention.WEAK)) != 0) {
        continue;
      }
      if (n.otherValue() != null && n.otherValue().compareTo(n.value()) != 0) {
        continue; // 600,000 in Russian text: which number is meant is numbers.format's question
      }
      if (n.has(NumberMention.WORD) && n.cases() == 0) {
        continue; // a form with no known case (a word from the locale file)
      }
      if (n.start() > 0 && "/.,:".indexOf(s.charAt(n.start() - 1)) >= 0) {
        continue; // 2/5 года, 1.12: part of a larger expression
      }
      if (n.scale() != null) {
        // 5 тысячи: the magnitude word is itself a counted noun of the number before it
        int w = n.start();
        while (w < n.end() && !Character.isLetter(s.charAt(w))) {
          w++;
        }
        int e = w;
        while (e < n.end() && Character.isLetter(s.charAt(e))) {
          e++;
        }
        java.math.BigDecimal count = n.value().divide(n.scale());
        if (e > w && count.stripTrailingZeros().scale() <= 0) {
          check(unit, tools, nouns, n, count, s.substring(n.start(), w).trim(), new int[] {w, e}, out);
        }
      }
      int[] next = nextWord(s, n.end());
      if (next != null) {
        check(unit, tools, nouns, n, n.value(), n.text().trim(), next, out);
      }
    }
  }

  /** The noun at {@code at} after number {@code n} counting {@code value}. */
  private void check(Unit unit, LocaleTools tools, NumberNouns nouns, NumberMention n, java.math.BigDecimal value,
      String number, int[] at, List<Finding> out) {
    String s = unit.target().folded();
    String written = unit.target().raw().substring(at[0], at[1]);
    String form = nouns.key(written);
    NumberNouns.Noun noun = nouns.noun(form);
    if (noun == null || (noun.year() && n.has(NumberMention.YEAR))) {
      return; // not a counted noun, or 2024 год: an ordinal year
    }
    boolean word = n.has(NumberMention.WORD);
    boolean whole = value.stripTrailingZeros().scale() <= 0;
    String category = category(tools, value, value != n.value() || n.scale() == null);
    Set<String> context;
    if (word) {
      context = new LinkedHashSet<>(NumberWords.caseNames(n.cases()));
      context.retainAll(nouns.cases());
    } else {
      Set<String> governed = nouns.governed(nouns.key(previousWord(s, n.start())));
      context = new LinkedHashSet<>(governed != null ? governed : nouns.unmarked());
    }
    Set<String> ordered = new LinkedHashSet<>(nouns.cases()); // suggestions in the language's case order
    ordered.retainAll(context);
    if (ordered.isEmpty()) {
      return;
    }
    Set<String> allowed = noun.allowed(category, ordered);
    if (allowed == null || allowed.isEmpty() || allowed.contains(form)) {
      return; // right, or the data lacks a case here: nothing to say
    }
    // a whole number in digits before the singular form its case calls for may be an ordinal without
    // its ending: о 5 годині (at five o'clock), do 12 godziny, на 90 минуте
    boolean ordinal = !word && whole && noun.singular(form, ordered);
    if (ordinal && noun.ordinal()) {
      return; // hours of the day are written so
    }
    Severity severity;
    String message;
    if (ordinal) {
      severity = Severity.WARNING;
      message = "after " + number + " (" + category + ") the noun is " + NumberNouns.either(allowed) + ", not " + written
          + ", unless the number is an ordinal written without its ending";
    } else if (noun.anyCase(category).contains(form)) {
      severity = word ? Severity.ERROR : Severity.WARNING;
      message = word
          ? "after " + number + " the noun is " + NumberNouns.either(allowed) + ", not " + written
              + " (" + written + " would need the number in another case)"
          : "after " + number + " (" + category + ") the noun is " + NumberNouns.either(allowed) + ", not " + written
              + "; " + written + " fits only after a word that governs another case";
    } else {
      severity = noun.complete() ? Severity.ERROR : Severity.WARNING;
      message = "after " + number + " (" + category + ") the noun is " + NumberNouns.either(allowed) + ", not " + written;
    }
    String expected = allowed.iterator().next();
    out.add(unit.finding(this, severity, at[0], at[1], message,
        Character.isUpperCase(written.charAt(0)) ? expected.substring(0, 1).toUpperCase(tools.data().locale().toLocale())
            + expected.substring(1) : expected));
  }

  private static String category(LocaleTools tools, java.math.BigDecimal value, boolean asWritten) {
    // visible fraction digits change the category (1,5 and 1,0 are "other" in Russian), so select on the
    // number as written; a scaled one (1 триллион, 15 тыс.) is the whole number it stands for
    int fraction = asWritten ? Math.max(0, value.scale()) : 0;
    java.math.BigDecimal v = fraction == 0 ? value.setScale(0, java.math.RoundingMode.HALF_UP) : value;
    return tools.plurals().select(NumberFormatter.withLocale(tools.data().locale())
        .precision(Precision.fixedFraction(fraction)).format(v));
  }

  /** The word right after {@code end} (one space between), as [start, end), or null. */
  private static int[] nextWord(String s, int end) {
    int i = end;
    if (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    if (i == end || i >= s.length() || !Character.isLetter(s.charAt(i))) {
      return null;
    }
    int j = i;
    while (j < s.length() && (Character.isLetter(s.charAt(j))
        || (s.charAt(j) == '\'' && j + 1 < s.length() && Character.isLetter(s.charAt(j + 1))))) {
      j++;
    }
    return new int[] {i, j};
  }

  /** The word before a number at {@code pos}; before a range (около 2–4 лет), the word before the range. */
  private static String previousWord(String s, int pos) {
    int i = pos - 1;
    while (i >= 0 && s.charAt(i) == ' ') {
      i--;
    }
    if (i >= 0 && "-–—".indexOf(s.charAt(i)) >= 0) {
      int j = i - 1;
      while (j >= 0 && s.charAt(j) == ' ') {
        j--;
      }
      int digitsEnd = j;
      while (j >= 0 && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ',' || s.charAt(j) == '.')) {
        j--;
      }
      if (j < digitsEnd) {
        i = j;
        while (i >= 0 && s.charAt(i) == ' ') {
          i--;
        }
      }
    }
    int end = i + 1;
    while (i >= 0 && (Character.isLetter(s.charAt(i)) || (s.charAt(i) == '-' && i > 0 && Character.isLetter(s.charAt(i - 1))))) {
      i--;
    }
    // a range with a word (před 600 000 až 700 000 lety, от 2 до 4 лет): the governor is before its first number
    int start = i + 1;
    if (end - start <= 3 && end > start) {
      int j = i;
      while (j >= 0 && s.charAt(j) == ' ') {
        j--;
      }
      int digitsEnd = j;
      while (j >= 0 && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ',' || s.charAt(j) == '.' || s.charAt(j) == ' ')) {
        j--;
      }
      if (j < digitsEnd && Character.isDigit(s.charAt(digitsEnd))) {
        return previousWord(s, j + 1);
      }
    }
    return s.substring(start, end);
  }
}
