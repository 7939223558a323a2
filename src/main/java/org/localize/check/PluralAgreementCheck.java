package org.localize.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.localize.diag.Finding;
import org.localize.locale.LocaleData;
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
 *
 * <p>A word the tables do not know is read by the locale's morphological dictionary
 * ({@link NumberLexicon}): the adjectives and the noun after the number (pl "1500 ciepłe posiłki",
 * de "1500 warme Mahlzeit", fr "1 500 repas chaud") must have a reading the number allows in one of
 * its cases, by the same rules of proof; the dictionary is read only when such a word turns up.
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
    if (unit.targetNumbers().isEmpty()) {
      return; // before the nouns are built: a unit without numbers does not need them
    }
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
      if (n.otherValue() != null && n.otherValue().compareTo(n.value()) != 0 && n.value().scale() > 0) {
        continue; // 600,000 in Russian text: which number is meant is numbers.format's question
      }
      if (n.has(NumberMention.WORD) && n.cases() == 0 && !caseFree(nouns)) {
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
    if (noun == null && nouns.lexicon() != null) {
      // after 5 млн, 2 Millionen the noun is the magnitude word's, not the number's; the magnitude word
      // itself (1 Billionen) is the number's
      if (n.scale() == null || at[0] < n.end()) {
        byDictionary(unit, tools, nouns, nouns.lexicon(), n, value, number, at, out);
      }
      return;
    }
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

  // verdicts on one word after a number, worst last
  private static final int FITS = 0;
  private static final int ORDINAL = 1;
  private static final int OTHER_CASE = 2;
  private static final int NO_CASE = 3;

  /**
   * The words after number {@code n} that the noun tables do not know, by the locale's dictionary:
   * adjectives, then the counted noun (then, where they agree too, adjectives after it). Nothing is
   * said unless every word is known, the noun is a noun in every reading, and the number counts it
   * (not a label, a year after a preposition, an hour).
   */
  private void byDictionary(Unit unit, LocaleTools tools, NumberNouns nouns, NumberLexicon lex, NumberMention n,
      java.math.BigDecimal value, String number, int[] at, List<Finding> out) {
    String s = unit.target().folded();
    LocaleData.Dictionary d = lex.data();
    boolean word = n.has(NumberMention.WORD);
    if (rangeEnd(s, n.start())) {
      return; // 0–1 years, a 3-2 victory, 1–2 роки: a range or a score, not one count
    }
    String firstWord = s.substring(at[0], at[1]);
    if (lex.uncounted(firstWord) || nouns.governed(nouns.key(firstWord)) != null) {
      return; // в 5 утра; два с лишним: the data says so, no dictionary needed
    }
    String before = previousWord(s, n.start());
    Set<String> governed = before.isEmpty() ? null : nouns.governed(nouns.key(before));
    if (governed == null && label(unit.target(), lex, before, n.start())) {
      return; // статья 5 закона, Windows 10, № 5, Nr. 5: the number names, it does not count
    }
    if (n.has(NumberMention.YEAR) && (governed != null || (!before.isEmpty()
        && NumberLexicon.any(lex.readings(before.toLowerCase(tools.data().locale().toLocale())), NumberLexicon.PREPOSITION)))) {
      return; // в 2014 порции стали меньше, seit 1990 Bundeskanzlerin: a year after a preposition
    }
    // the phrase: adjectives, then the noun
    List<int[]> spans = new java.util.ArrayList<>();
    List<NumberLexicon.Reading[]> readings = new java.util.ArrayList<>();
    int head = -1;
    boolean magnitude = at[0] < n.end(); // 1 Billionen: the magnitude word alone
    for (int[] w = at; w != null && spans.size() < (magnitude ? 1 : 4); w = nextWord(s, w[1])) {
      String written = s.substring(w[0], w[1]);
      if (lex.uncounted(written) || nouns.governed(nouns.key(written)) != null) {
        return; // в 5 утра; два с лишним: a preposition the data lists ends the phrase, no dictionary needed
      }
      NumberLexicon.Reading[] r = lex.readings(written);
      if (r.length == 0 || NumberLexicon.any(r, NumberLexicon.STOP)) {
        return; // unknown, a name, or a word that ends the phrase (6 on Sunday morning): nothing to say
      }
      spans.add(w);
      readings.add(r);
      boolean isNoun = NumberLexicon.any(r, NumberLexicon.NOUN);
      boolean isAdjective = NumberLexicon.any(r, NumberLexicon.ADJECTIVE);
      if (isNoun) {
        int[] following = nextWord(s, w[1]);
        NumberLexicon.Reading[] f = readingsAt(lex, s, following);
        if (isAdjective && following != null && f.length == 0) {
          return; // cubic metres: an adjective or a noun before a word the dictionary lacks
        }
        if (!isAdjective || !NumberLexicon.any(f, NumberLexicon.NOUN)) {
          head = spans.size() - 1;
          break;
        }
      } else if (!isAdjective) {
        return; // a verb, an adverb, a preposition: no counted noun here
      }
    }
    if (head < 0 || NumberLexicon.any(readings.get(head), NumberLexicon.OTHER)) {
      return; // no noun, or a noun that is also another word (стали: steel, became)
    }
    if (!lex.agreeingAdjectives() && NumberLexicon.any(readings.get(head), NumberLexicon.ADJECTIVE)) {
      return; // three domestic [cases]: an adjective whose noun is left out, which English does not inflect
    }
    int[] noun = spans.get(head);
    if (!hasVowel(s, noun[0], noun[1])) {
      return; // 3 km, 5 mph: a symbol, the same for any number
    }
    if (noun[1] + 1 < s.length() && s.charAt(noun[1]) == '-' && Character.isLetter(s.charAt(noun[1] + 1))) {
      return; // 5 Jahr-Plan: the noun begins a compound
    }
    int[] after = nextWord(s, noun[1]);
    NumberLexicon.Reading[] afterReadings = readingsAt(lex, s, after);
    if (d.adjectivesAfter() && after != null && NumberLexicon.any(afterReadings, NumberLexicon.ADJECTIVE)
        && !NumberLexicon.any(afterReadings, NumberLexicon.OTHER) && !lex.uncounted(s.substring(after[0], after[1]))) {
      spans.add(after); // 1 500 repas chauds
      readings.add(afterReadings);
    }
    String category = category(tools, value, value != n.value() || n.scale() == null);
    Set<String> context;
    if (word && n.cases() != 0 && !caseFree(nouns)) {
      context = new LinkedHashSet<>(NumberWords.caseNames(n.cases()));
    } else {
      context = new LinkedHashSet<>(governed != null ? governed : nouns.unmarked()); // or a case-free language's words
    }
    Set<String> ordered = new LinkedHashSet<>(nouns.cases());
    ordered.retainAll(context);
    if (ordered.isEmpty()) {
      return;
    }
    boolean whole = value.stripTrailingZeros().scale() <= 0;
    if (d.attributive() && fitsIn(lex, readings.get(head), NumberLexicon.NOUN, ordered, "one")
        && (n.has(NumberMention.YEAR) || (NumberLexicon.any(afterReadings, NumberLexicon.NOUN | NumberLexicon.ADJECTIVE)
            && !NumberLexicon.any(afterReadings, NumberLexicon.STOP)))) {
      return; // a 30 year mortgage, 5 foot tall, the 2020 election
    }
    int worst = FITS;
    int first = -1;
    int last = -1;
    for (int i = 0; i < spans.size(); i++) {
      // the noun may be an adjective whose noun is left out (5 раненых, 3 zabitych): either reading may fit
      int kind = i == head ? NumberLexicon.NOUN | NumberLexicon.ADJECTIVE : NumberLexicon.ADJECTIVE;
      if (kind == NumberLexicon.ADJECTIVE && (!lex.agreeingAdjectives() || NumberLexicon.any(readings.get(i), NumberLexicon.OTHER))) {
        continue; // adjectives that need not agree, or a word that may be something else
      }
      NumberLexicon.Reading[] r = readings.get(i);
      int v;
      if (fitsIn(lex, r, kind, ordered, category)) {
        v = FITS;
      } else if (d.bareOrdinals() && !word && whole && fitsIn(lex, r, kind, ordered, "one")) {
        if (governed != null) {
          return; // в 5 классе, на 3 этаже: an ordinal without its ending, after a preposition
        }
        v = ORDINAL; // идет 5 раунд: the fifth, or a wrong form
      } else if (fitsIn(lex, r, kind, nouns.cases(), category)) {
        v = OTHER_CASE;
      } else {
        v = NO_CASE;
      }
      if (v != FITS) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
      worst = Math.max(worst, v);
    }
    if (worst == FITS) {
      return;
    }
    int start = spans.get(first)[0];
    int end = spans.get(last)[1];
    String written = unit.target().raw().substring(start, end);
    String needs = lex.describe(NumberLexicon.NOUN, ordered, category);
    String ask = "after " + number + " (" + category + ") the noun is in the " + needs + ", not " + written;
    Severity severity;
    String message;
    switch (worst) {
      case ORDINAL -> {
        severity = Severity.WARNING;
        message = ask + ", unless the number is an ordinal written without its ending";
      }
      case OTHER_CASE -> {
        severity = word && d.errors() ? Severity.ERROR : Severity.WARNING;
        message = word ? ask + " (" + written + " would need the number in another case)"
            : ask + "; " + written + " fits only after a word that governs another case";
      }
      default -> {
        boolean currency = nouns.currencyWord(nouns.key(s.substring(noun[0], noun[1])));
        severity = d.errors() && !currency ? Severity.ERROR : Severity.WARNING;
        message = currency ? ask + " (a currency's name, which usage may leave unchanged)" : ask;
      }
    }
    out.add(unit.finding(this, severity, start, end, message, ""));
  }

  /**
   * Whether the number's case does not matter: every case is unmarked (de, en, fr), so a number in
   * words needs no case of its own to be checked (fr "trois repas chaud", de "zwei Mahlzeit").
   */
  private static boolean caseFree(NumberNouns nouns) {
    return nouns.lexicon() != null && nouns.unmarked().containsAll(nouns.cases());
  }

  /** Whether the number at {@code pos} ends a range written with a dash or slash (2–4, 0-1). */
  private static boolean rangeEnd(String s, int pos) {
    int i = pos - 1;
    while (i >= 0 && s.charAt(i) == ' ') {
      i--;
    }
    if (i < 1 || "-–—/".indexOf(s.charAt(i)) < 0) {
      return false;
    }
    i--;
    while (i >= 0 && s.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && Character.isDigit(s.charAt(i));
  }

  /**
   * Whether a reading of {@code kind} (noun, adjective or both) fits a number of {@code category} in
   * one of {@code cases}, a noun reading by the noun table, an adjective reading by the adjective's.
   */
  private static boolean fitsIn(NumberLexicon lex, NumberLexicon.Reading[] r, int kind, Iterable<String> cases, String category) {
    for (String c : cases) {
      for (int k : new int[] {NumberLexicon.NOUN, NumberLexicon.ADJECTIVE}) {
        if ((kind & k) != 0 && NumberLexicon.fits(r, k, lex.required(k, c, category))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the number at {@code pos} names rather than counts: after a sign (№ 5, #5), an
   * abbreviation (Nr. 5, ст. 5, nr 5), a capitalised word mid-sentence (Windows 10, Artikel 5), or a
   * word that may be a noun (статья 5 закона, page 5, the number four hitter; after a noun the number
   * is a label, or a genitive the noun governs).
   */
  private static boolean label(Text text, NumberLexicon lex, String before, int pos) {
    String s = text.folded();
    int i = pos - 1;
    while (i >= 0 && s.charAt(i) == ' ') {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = s.charAt(i);
    if (c == '№' || c == '#') {
      return true;
    }
    if (c == '.') {
      int j = i - 1;
      while (j >= 0 && Character.isLetter(s.charAt(j))) {
        j--;
      }
      return i - j - 1 >= 1 && i - j - 1 <= 3; // Nr. 5, ст. 5, art. 5 (a sentence's last word is rarely so short)
    }
    int at = i + 1 - before.length();
    if (before.isEmpty() || at < 0 || !s.startsWith(before, at)) {
      return false; // nothing before, or the word before a range: около 2–4 лет
    }
    if (before.length() > 1 && !hasVowel(before, 0, before.length())) {
      return true; // nr 5, ст 5: an abbreviation
    }
    NumberLexicon.Reading[] r = lex.readings(before);
    if (Character.isUpperCase(before.charAt(0)) && r.length == 0) {
      if (!text.sentenceStart(at)) {
        return true; // a name: Windows 10, Boeing 737
      }
      r = lex.readings(before.toLowerCase(java.util.Locale.ROOT)); // Статья 5 закона
    }
    // a noun (page, статья, number; whatever else it may be): the number is its label
    return NumberLexicon.any(r, NumberLexicon.NOUN);
  }

  /** Whether s[from, to) has a vowel letter (Latin, Cyrillic, Greek): a word, not a symbol such as km. */
  private static boolean hasVowel(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if ("aeiouyáàâäãåæéèêëíìîïóòôöõøœúùûüýÿąęėįųūаеёиоуыэюяіїєαεηιουω".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String category(LocaleTools tools, java.math.BigDecimal value, boolean asWritten) {
    // visible fraction digits change the category (1,5 and 1,0 are "other" in Russian), so select on the
    // number as written; a scaled one (1 триллион, 15 тыс.) is the whole number it stands for
    int fraction = asWritten ? Math.max(0, value.scale()) : 0;
    java.math.BigDecimal v = fraction == 0 ? value.setScale(0, java.math.RoundingMode.HALF_UP) : value;
    return tools.pluralCategory(v, fraction);
  }

  /** The dictionary's readings of the word at {@code span} ({@link #nextWord}), none when there is no word. */
  private static NumberLexicon.Reading[] readingsAt(NumberLexicon lex, String s, int[] span) {
    return span == null ? NumberLexicon.NONE : lex.readings(s.substring(span[0], span[1]));
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
