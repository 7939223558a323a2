package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.localize.check.Fixture.assertOne;
import static org.localize.check.Fixture.assertQuiet;
import static org.localize.check.Fixture.enRu;
import static org.localize.check.Fixture.ruEn;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.unit.TextFormat;
import org.localize.unit.TextPair;

class TypographyChecksTest {

  @Test
  void englishQuotesInRussianFire() {
    List<Finding> found = Fixture.run("typography.quotes", enRu(), "“Meduza”", "“Медуза”");
    assertEquals(2, found.size(), found::toString);
    assertEquals(0, found.get(0).start());
    assertEquals("«", found.get(0).suggestion());
    assertEquals("»", found.get(1).suggestion());
  }

  @Test
  void straightQuotesFire() {
    Finding f = assertOne("typography.quotes", Severity.WARNING, enRu(), "He said \"no\".", "Он сказал «нет» и \"да",
        "\"", "straight quote");
    assertEquals("«", f.suggestion());
  }

  @Test
  void russianQuotesAndApostrophesAreQuiet() {
    assertQuiet("typography.quotes", enRu(), "Meduza", "«Медуза»");
    assertQuiet("typography.quotes", enRu(), "x", "«„Как это скучно!“ — сказал он»");
    assertQuiet("typography.quotes", enRu(), "O’Neill", "О’Нил");
    assertQuiet("typography.quotes", ruEn(), "x", "Let’s stick together. “Meduza’s ‘photos’”");
    assertQuiet("typography.quotes", enRu(), "<a href=\"https://x\">link</a>", "<a href=\"https://x\">ссылка</a>");
  }

  @Test
  void quotesInsideTagsOfAMessageFormatAppealAreQuiet() {
    // appeal texts are MessageFormat with inline HTML: the attribute quotes are markup, not text
    String source = "Help us by <a href=\"https://x/?a=1&amp;b=2\">donating {amount}</a>.";
    String target = "Помогите нам — <a href=\"https://x/?a=1&amp;b=2\">пожертвуйте {amount}</a>.";
    TextPair pair = new TextPair("/blocks/0/text", "appeal-text", TextFormat.MESSAGEFORMAT, source, target, 0);
    assertTrue(Fixture.only("typography.quotes", Fixture.VALIDATOR.validate(List.of(pair), enRu())).isEmpty());
  }

  @Test
  void guillemetsInEnglishFire() {
    assertEquals(2, Fixture.run("typography.quotes", ruEn(), "«Медуза»", "«Meduza»").size());
  }

  @Test
  void hyphenAsDashFires() {
    Finding f = assertOne("typography.dash", Severity.WARNING, enRu(), "x", "Москва - столица России", "-", "dash");
    assertEquals("—", f.suggestion());
    assertOne("typography.dash", Severity.WARNING, ruEn(), "x", "two decades – in photos", "–", "dash");
    assertOne("typography.dash", Severity.WARNING, enRu(), "x", "Москва—столица", "—", "without spaces");
  }

  @Test
  void hyphensInsideWordsAndRangesAreQuiet() {
    assertQuiet("typography.dash", enRu(), "x", "в 2025-м году в Кот-д’Ивуаре, 2019 - 2024, Москва — столица");
    assertQuiet("typography.dash", ruEn(), "x", "two decades — in photos, 2019-24");
  }

  @Test
  void spacingFires() {
    assertOne("typography.spacing", Severity.WARNING, enRu(), "x", "Путин  прилетел", "  ", "doubled");
    assertOne("typography.spacing", Severity.WARNING, enRu(), "x", "Путин , Ким", " ,", "before ','");
    assertOne("typography.spacing", Severity.WARNING, enRu(), "Putin", "Путин ", " ", "trailing");
  }

  @Test
  void spacingQuietCases() {
    assertQuiet("typography.spacing", enRu(), "x", "Читайте <a href=\"https://x\">здесь</a>. Спасибо!");
    assertQuiet("typography.spacing", ruEn(), "x", "I ... tried");
    assertQuiet("typography.spacing", enRu(), "x", "<strong>Правда.</strong> Помогите");
  }
}
