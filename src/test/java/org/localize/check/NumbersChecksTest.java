package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.localize.check.Fixture.assertOne;
import static org.localize.check.Fixture.assertQuiet;
import static org.localize.check.Fixture.enRu;
import static org.localize.check.Fixture.ruEn;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

class NumbersChecksTest {

  @Test
  void changedNumberFires() {
    Finding f = assertOne("numbers.missing", Severity.ERROR, enRu(), "his first visit in 24 years",
        "его первый визит за 25 лет", "25", "the source has 24 but the translation has 25");
    assertEquals("24", f.suggestion());
  }

  @Test
  void sameValueInTargetFormIsQuiet() {
    assertQuiet("numbers.missing", enRu(), "his first visit in 24 years", "его первый визит за 24 года");
    assertQuiet("numbers.missing", enRu(), "4.2 million people", "4,2 млн человек");
    assertQuiet("numbers.missing", enRu(), "1,200 people", "1\u00A0200 человек");
    assertQuiet("numbers.missing", enRu(), "Let’s stick together for 2025.", "Давайте держаться вместе и в 2025-м.");
    assertQuiet("numbers.missing", enRu(), "in 24 years", "за двадцать четыре года");
    assertQuiet("numbers.missing", enRu(), "about 3 days", "около трех дней");
    assertQuiet("numbers.missing", ruEn(), "1,5 года", "1.5 years");
    assertQuiet("numbers.missing", ruEn(), "15 000 человек", "15,000 people");
    assertQuiet("numbers.missing", enRu(), "at 03:00 on 6/19/2024", "в 3:00 19.06.2024");
  }

  @Test
  void changedYearInTextFires() {
    assertOne("numbers.missing", Severity.ERROR, enRu(), "Meduza survived 2024 thanks to its readers!",
        "«Медуза» пережила 2023 год благодаря читателям!", "2023", "2024");
  }

  @Test
  void foreignDecimalPointFires() {
    Finding f = assertOne("numbers.format", Severity.WARNING, enRu(), "1.5 years", "1.5 года", "1.5", "not a number");
    assertEquals("1,5", f.suggestion());
    assertQuiet("numbers.format", enRu(), "1.5 years", "1,5 года");
  }

  @Test
  void englishGroupingThatRussianReadsAsDecimalFires() {
    Finding f = assertOne("numbers.format", Severity.WARNING, enRu(), "1,234 people", "1,234 человека", "1,234",
        "reads as 1,234");
    assertEquals("1234", f.suggestion());
    assertQuiet("numbers.format", enRu(), "1,234 people", "1234 человека");
    assertQuiet("numbers.format", enRu(), "15,000 people", "15 000 человек");
  }

  @Test
  void pluralAgreementFires() {
    Finding f = assertOne("numbers.agreement", Severity.WARNING, enRu(), "in 24 years", "за 24 лет", "лет", "few");
    assertEquals("года", f.suggestion());
    for (String wrong : List.of("25 года", "21 лет", "1,5 лет", "5 фотографии", "24 фотографий", "2 день", "25 человека")) {
      assertEquals(1, Fixture.run("numbers.agreement", enRu(), "x", wrong).size(), wrong);
    }
  }

  @Test
  void pluralAgreementTrapsStayQuiet() {
    for (String right : List.of("за 24 года", "около 24 лет", "21 год", "более 21 года", "1,5 года", "25 человек",
        "около 24 человек", "11 лет", "за 24 дня", "2024 год", "в 2024 году", "19 июня 2024 года", "в 2025-м году",
        "21 фотографию", "24 года назад")) {
      assertQuiet("numbers.agreement", enRu(), "x", right);
    }
  }
}
