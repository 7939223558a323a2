package org.localize.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.localize.Validation;
import org.localize.diag.Finding;
import org.localize.unit.TextFormat;
import org.localize.unit.TextPair;

/**
 * Coverage-guided fuzzing of the checks: any source and translation, in any format and either
 * direction (en→ru, ru→en), are checked without an exception, and every finding names the unit and
 * a span inside the translation (or the whole string).
 */
class ValidatorFuzzTest {
  private static final Validation CHECKS = Validation.load(null, List.of());
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-06-19T05:30:00+03:00");

  @FuzzTest(maxDuration = "60s")
  void checks(FuzzedDataProvider data) {
    boolean enRu = data.consumeBoolean();
    TextFormat format = data.pickValue(TextFormat.values());
    int maxLength = data.consumeInt(0, 200);
    String source = data.consumeString(400);
    String target = data.consumeBoolean() ? null : data.consumeRemainingAsString();
    if (source.isEmpty()) {
      return; // extract never makes a unit of an empty string
    }
    TextPair pair = new TextPair("/blocks/0/text", "paragraph", format, source, target, maxLength);
    List<Finding> findings = enRu
        ? CHECKS.check(List.of(pair), "en", "ru", PUBLISHED, Set.of())
        : CHECKS.check(List.of(pair), "ru", "en", PUBLISHED, Set.of());
    int length = target == null ? 0 : target.length();
    for (Finding f : findings) {
      assertEquals("/blocks/0/text", f.unit(), f::toString);
      if (f.hasSpan()) {
        assertTrue(f.end() <= length, () -> "span past the end of the translation: " + f);
      } else {
        assertEquals(-1, f.end(), f::toString);
      }
    }
  }
}
