package org.localize.check;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.locale.LocaleData;

/**
 * A number followed by a countable noun in the form its ICU plural category requires (за 24 года,
 * 25 лет, 1,5 года; около 24 лет after a genitive governor). Nouns, forms and governors come from
 * the locale file; years written as ordinals (2024 год) and hyphenated numbers (2025-м) are
 * skipped. Warning only: case-governing verbs and spelled-out numerals are not analysed.
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
    return Severity.WARNING;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    LocaleTools tools = story.targetTools();
    LocaleData.Agreement a = tools.data().agreement();
    if (a.isEmpty()) {
      return;
    }
    Locale l = tools.data().locale().toLocale();
    String s = unit.target().folded();
    for (NumberMention n : unit.targetNumbers()) { // read by the target locale; the other reading is not used here
      if (n.value() == null || n.suffixed()) {
        continue;
      }
      Token noun = nextWord(unit.target(), n.end());
      if (noun == null) {
        continue;
      }
      String word = noun.text().toLowerCase(l);
      for (LocaleData.Noun candidate : a.nouns()) {
        if (!candidate.forms().containsValue(word)) {
          continue;
        }
        if (candidate.yearNoun() && n.integer() && n.text().length() == 4) {
          break; // 2024 год: an ordinal year, not a count
        }
        String category = category(tools, n);
        boolean governed = a.governors().contains(previousWord(s, n.start()).toLowerCase(l));
        List<String> allowedNames = governed && a.allowedAfterGovernor().containsKey(category)
            ? a.allowedAfterGovernor().get(category) : a.allowed().getOrDefault(category, List.of());
        Set<String> allowed = new LinkedHashSet<>();
        allowedNames.forEach(name -> allowed.add(candidate.forms().get(name)));
        if (!allowed.isEmpty() && !allowed.contains(word)) {
          String expected = allowed.iterator().next();
          out.add(unit.finding(this, Severity.WARNING, noun.start(), noun.end(),
              "after " + n.text() + " (" + category + ") the noun is " + String.join(" or ", allowed) + ", not " + noun.text(),
              Character.isUpperCase(noun.text().charAt(0)) ? expected.substring(0, 1).toUpperCase(l) + expected.substring(1) : expected));
        }
        break;
      }
    }
  }

  private static String category(LocaleTools tools, NumberMention n) {
    int fraction = Math.max(0, n.value().scale());
    if (fraction == 0) {
      return tools.plurals().select(n.value().doubleValue());
    }
    // visible fraction digits change the category (1,5 and 1,0 are "other" in Russian), so select on the formatted number
    return tools.plurals().select(NumberFormatter.withLocale(tools.data().locale())
        .precision(Precision.fixedFraction(fraction)).format(n.value()));
  }

  private static Token nextWord(Text text, int end) {
    String s = text.folded();
    int i = end;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    if (i == end || i >= s.length() || !Character.isLetter(s.charAt(i))) {
      return null;
    }
    for (Token t : text.tokens()) {
      if (t.start() == i) {
        return t;
      }
    }
    return null;
  }

  private static String previousWord(String s, int pos) {
    int i = pos - 1;
    while (i >= 0 && s.charAt(i) == ' ') {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && Character.isLetter(s.charAt(i))) {
      i--;
    }
    return s.substring(i + 1, end);
  }
}
