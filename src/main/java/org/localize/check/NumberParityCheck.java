package org.localize.check;

import java.math.BigDecimal;
import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * Every number of the source is in the translation with the same value, in the target locale's
 * form (4.2 ≡ 4,2; 1,200 ≡ 1 200; 2025 ≡ 2025-м) or, up to one hundred, spelled out (24 ≡ двадцати
 * четырех). Numbers inside dates are left to the date checks.
 */
public final class NumberParityCheck implements Check {

  private static final BigDecimal SPELLED_LIMIT = BigDecimal.valueOf(100);

  @Override
  public String id() {
    return "numbers.missing";
  }

  @Override
  public String title() {
    return "A number of the source is missing or changed in the translation";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    List<NumberMention> src = unit.sourceNumbers();
    if (src.isEmpty()) {
      return;
    }
    List<NumberMention> tgt = unit.targetNumbers();
    for (NumberMention s : src) {
      BigDecimal v = s.value() != null ? s.value() : s.otherValue();
      if (v == null || tgt.stream().anyMatch(t -> t.mayBe(v)) || spelledOut(unit, story, v)) {
        continue;
      }
      out.add(unit.finding(this, Severity.ERROR, "the number " + s.text() + " of the source is not in the translation",
          story.targetTools().numbers().format(v)));
    }
  }

  private static boolean spelledOut(Unit unit, Story story, BigDecimal v) {
    if (v.signum() <= 0 || v.compareTo(SPELLED_LIMIT) > 0 || v.stripTrailingZeros().scale() > 0) {
      return false;
    }
    String s = unit.target().masked();
    List<Token> tokens = unit.target().tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() > 0 && Character.isLetter(s.charAt(t.start() - 1))) {
        continue;
      }
      BigDecimal[] found = unit.spelledNumberAt(i);
      if (found != null && found[0].compareTo(v) == 0 && found[1].intValue() >= t.end()) {
        return true;
      }
    }
    return false;
  }
}
