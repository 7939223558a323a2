package org.localize.check;

import java.math.BigDecimal;
import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * A number written with the other locale's separators: "4.2" in Russian (which reads no such
 * number), or "1,200" carried over from English where Russian reads 1,2.
 */
public final class NumberFormatCheck implements Check {

  @Override
  public String id() {
    return "numbers.format";
  }

  @Override
  public String title() {
    return "A number uses the other locale's decimal or group separator";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a != null && b != null && a.compareTo(b) == 0;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    NumberReader target = story.targetTools().numbers();
    List<NumberMention> tgt = unit.targetNumbers();
    if (tgt.isEmpty()) {
      return;
    }
    List<NumberMention> src = unit.sourceNumbers();
    // the language's English name only for a finding's message: ICU reads its display names for it
    java.util.function.Supplier<String> language = () ->
        story.context().targetLocale().getDisplayLanguage(com.ibm.icu.util.ULocale.ENGLISH);
    for (NumberMention t : tgt) {
      if (t.has(NumberMention.WORD) || t.has(NumberMention.IN_DATE)) {
        continue;
      }
      BigDecimal other = t.otherValue();
      if (t.value() == null && other != null) {
        out.add(unit.finding(this, Severity.WARNING, t.start(), t.end(),
            t.text() + " is not a number in " + language.get() + " style", target.format(other)));
      } else if (t.value() != null && other != null && other.compareTo(t.value()) != 0
          && src.stream().anyMatch(s -> same(s.value(), other)) && src.stream().noneMatch(s -> same(s.value(), t.value()))) {
        out.add(unit.finding(this, Severity.WARNING, t.start(), t.end(), t.text() + " reads as "
            + target.format(t.value()) + " in " + language.get() + "; the source means " + target.format(other),
            target.format(other)));
      }
    }
  }
}
