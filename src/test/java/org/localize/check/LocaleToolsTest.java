package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localize.locale.LocaleRepository;

class LocaleToolsTest {

  /**
   * The plural category from the operands equals the one through ICU's number formatter (the oracle,
   * as ICU documents it) on random numbers, rounded or not, in the built-in locales and in ICU
   * locales whose rules read the fraction digits (lv, lt, br, pt, fr, cy, ar, gd, sl, mk, is, he).
   */
  @Test
  void pluralCategoryIsTheFormattersOnRandomNumbers() {
    LocaleRepository repo = LocaleRepository.builtIn();
    Random random = new Random(18);
    for (String tag : List.of("ru", "en", "uk", "be", "pl", "cs", "sk", "de", "fr", "is", "ja", "zh", "lv", "lt", "br",
        "pt", "cy", "ar", "gd", "sl", "mk", "he", "ro", "ga", "mt")) {
      LocaleTools tools = new LocaleTools(repo.forTag(tag));
      for (int i = 0; i < 4000; i++) {
        BigDecimal v = switch (i % 6) {
          case 0 -> BigDecimal.valueOf(random.nextInt(200)); // the small integers the rules single out
          case 1 -> BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, random.nextInt(8)); // up to 7 digits after the point
          case 2 -> BigDecimal.valueOf(random.nextInt(400), 1).add(new BigDecimal("0.05")); // ties: half-even rounding
          case 3 -> new BigDecimal(random.nextLong() % 10_000_000_000_000L).movePointLeft(random.nextInt(10)); // around a billion
          case 4 -> BigDecimal.valueOf(random.nextInt(10) * 1_000_000L); // millions
          default -> new BigDecimal(random.nextInt(100) + "." + "0".repeat(random.nextInt(4)) + random.nextInt(100));
        };
        int fraction = random.nextInt(9);
        if (i % 3 == 0) {
          fraction = Math.max(0, v.scale()); // as the checks call it: the digits written
        }
        assertEquals(tools.pluralCategoryFormatted(v, fraction), tools.pluralCategory(v, fraction), tag + " " + v + " " + fraction);
      }
    }
  }

  @Test
  void operandsAreLeftToTheFormatterWhereADoubleCannotHoldTheNumber() {
    assertNull(LocaleTools.operands(new BigDecimal("1000000000"), 0));
    assertNull(LocaleTools.operands(new BigDecimal("-1000000000.5"), 1));
    assertEquals(999_999_999, LocaleTools.operands(new BigDecimal("999999999"), 0).getPluralOperand(com.ibm.icu.text.PluralRules.Operand.i));
    assertNull(LocaleTools.operands(new BigDecimal("1.5"), 7));
    assertEquals(1.5, LocaleTools.operands(new BigDecimal("-1.5"), 1).getPluralOperand(com.ibm.icu.text.PluralRules.Operand.n));
    LocaleTools ru = new LocaleTools(LocaleRepository.builtIn().forTag("ru"));
    assertEquals("one", ru.pluralCategory(new BigDecimal("21"), 0));
    assertEquals("other", ru.pluralCategory(new BigDecimal("1.5"), 1));
    assertEquals("other", ru.pluralCategory(new BigDecimal("1"), 1)); // 1,0
    assertEquals("many", ru.pluralCategory(new BigDecimal("141193310376"), 0)); // the formatter's
  }
}
