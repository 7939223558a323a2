package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class NamesChecksTest {

  @Test
  void missingNameFires() {
    assertOne("names.missing", Severity.WARNING, enRu(), "Putin arrived in Pyongyang.",
        "Путин прилетел в столицу КНДР.", null, "Pyongyang");
  }

  @Test
  void declinedNamesSatisfyTheSource() {
    assertQuiet("names.missing", enRu(), "Kim Jong Un met Vladimir Putin in Pyongyang, North Korea.",
        "Ким Чен Ын встретился с Владимиром Путиным в Пхеньяне, в Северной Корее.");
    assertQuiet("names.missing", enRu(), "A photo of Kristina Kormilitsyna with Putin.",
        "Фото Кристины Кормилицыной с Путиным.");
    assertQuiet("names.missing", enRu(), "Talks with Kim Jong Un.", "Переговоры с Ким Чен Ыном.");
    assertQuiet("names.missing", enRu(), "North Korea welcomes Putin.", "КНДР встречает Путина.");
  }

  @Test
  void commonNounPutinaIsNotPutin() {
    // «путина» (fishing season) must not count as a form of Путин: matching is case-sensitive
    assertOne("names.missing", Severity.WARNING, enRu(), "Putin watched the fishing season begin.",
        "Началась путина.", null, "Putin");
  }

  @Test
  void relatedAdjectiveSatisfiesButDoesNotRequire() {
    assertQuiet("names.missing", enRu(), "North Korean leader Kim Jong Un", "Северокорейский лидер Ким Чен Ын");
    assertQuiet("names.missing", ruEn(), "Лидер КНДР Ким Чен Ын", "North Korean leader Kim Jong Un");
  }

  @Test
  void russianSourceEnglishTarget() {
    assertQuiet("names.missing", ruEn(), "Встреча Путина и Ким Чен Ына в Пхеньяне",
        "Putin’s meeting with Kim Jong Un in Pyongyang");
    assertOne("names.missing", Severity.WARNING, ruEn(), "Фото: Кристина Кормилицына",
        "Photo: Gavriil Grigorov", null, "Кристина Кормилицына");
  }

  @Test
  void forbiddenVariantFires() {
    assertOne("names.forbidden", Severity.ERROR, enRu(), "Kim Jong Un", "Ким Чон Ын", "Ким Чон Ын", "Ким Чен Ын");
    assertOne("names.forbidden", Severity.ERROR, enRu(), "in Pyongyang", "в Пхеньянге", "Пхеньянге", "wrong spelling");
    assertQuiet("names.forbidden", enRu(), "Kim Jong Un", "Ким Чен Ын");
  }

  @Test
  void nonHouseVariantWarns() {
    Finding f = assertOne("names.variant", Severity.WARNING, enRu(), "Kim Jong Un", "Ким Чонъын", "Ким Чонъын", "house");
    assertEquals("Ким Чен Ын", f.suggestion());
    assertQuiet("names.variant", enRu(), "Kim Jong Un", "Ким Чен Ын");
  }

  @Test
  void wrongGenderSurnameFires() {
    assertOne("names.gender", Severity.ERROR, enRu(), "Photo: Kristina Kormilitsyna",
        "Фото: Кристина Кормилицын", "Кристина Кормилицын", "feminine");
    assertQuiet("names.gender", enRu(), "Photo by Kristina Kormilitsyna", "Снимок Кристины Кормилицыной");
    assertQuiet("names.gender", enRu(), "Kristina Kormilitsyna", "Кристину Кормилицыну");
  }

  @Test
  void latinNameLeftInRussianIsAnError() {
    assertOne("names.script", Severity.ERROR, enRu(), "Putin in Pyongyang", "Путин в Pyongyang", "Pyongyang",
        "source's script");
  }

  @Test
  void unknownLatinWordInRussianWarnsWithTransliteration() {
    Finding f = assertOne("names.script", Severity.WARNING, enRu(), "Photo: Ivan Petrov", "Фото: Ivan Petrov",
        "Ivan Petrov", "anyScript");
    assertEquals("Иван Петров", f.suggestion());
  }

  @Test
  void agenciesStayLatinInRussianCredits() {
    assertQuiet("names.script", enRu(), "Gavriil Grigorov / Sputnik / imago images / Scanpix / LETA",
        "Гавриил Григоров / Sputnik / imago images / Scanpix / LETA");
    assertQuiet("names.script", enRu(), "Grigorov / Sputnik / Reuters / AP / AFP", "Григоров / Sputnik / Reuters / AP / AFP");
    assertQuiet("names.script", enRu(), "Meduza shares photos", "«Медуза» публикует фотографии");
  }

  @Test
  void cyrillicLeftInEnglish() {
    assertOne("names.script", Severity.ERROR, ruEn(), "Путин в Пхеньяне", "Putin in Пхеньян", "Пхеньян",
        "source's script");
  }

  @Test
  void mixedScriptTokenFires() {
    Finding f = assertOne("names.mixed-script", Severity.ERROR, enRu(), "in Pyongyang", "в Пxеньяне", "Пxеньяне",
        "x is Latin");
    assertEquals("Пхеньяне", f.suggestion());
    assertQuiet("names.mixed-script", enRu(), "Reuters and Sputnik", "Reuters и Sputnik");
  }

  @Test
  void nearMissOfAGlossaryName() {
    // the source names Pyongyang: one letter off is its misspelling, an error
    assertOne("names.misspelt", Severity.ERROR, enRu(), "Pyongyang", "Пхенъяне", "Пхенъяне", "Пхеньяне");
    // not named in the source: only a warning that it looks like one
    assertOne("names.near-miss", Severity.WARNING, enRu(), "The photographer", "Фотограф Грегоров", "Грегоров", "Григоров");
    // a case ending is not a misspelling: Россиян (Russians, gen. pl.) is not a misspelt Россия
    assertQuiet("names.near-miss", enRu(), "Russians", "Среди гостей было много Россиян");
    assertQuiet("names.misspelt", enRu(), "Russians", "Среди гостей было много Россиян");
    assertQuiet("names.misspelt", enRu(), "In Pyongyang", "В Пхеньяне");
  }

  @Test
  void sameNameSpelledTwoWaysInOneStory() {
    List<TextPair> pairs = List.of(
        new TextPair("/blocks/0/credit", "credit", TextFormat.TEXT, "Photo: Ivan Sidorenko", "Фото: Иван Сидоренко", 0),
        new TextPair("/blocks/1/credit", "credit", TextFormat.TEXT, "Photo: Ivan Sidorenko", "Фото: Иван Сидоренко", 0),
        new TextPair("/blocks/2/caption", "caption", TextFormat.TEXT, "Ivan Sidorenko at work",
            "Фотограф Иван Сидаренко за работой", 0));
    List<Finding> found = Fixture.only("names.consistency", Fixture.VALIDATOR.validate(pairs, enRu()));
    assertEquals(1, found.size(), found::toString);
    Finding f = found.get(0);
    assertEquals("/blocks/2/caption", f.unit());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("Фотограф Иван ".length(), f.start());
    assertEquals("Сидоренко", f.suggestion());
  }

  @Test
  void declensionIsNotASecondSpelling() {
    List<TextPair> pairs = List.of(
        new TextPair("/a", "caption", TextFormat.TEXT, "Ivan Sidorenko", "Иван Сидоренко снимает", 0),
        new TextPair("/b", "caption", TextFormat.TEXT, "with Ivan Sidorenko", "вместе с Иваном Сидоренко", 0),
        new TextPair("/c", "caption", TextFormat.TEXT, "Sergei Lavrov", "Встреча с Сергеем Лавровым и Лаврова", 0));
    assertEquals(List.of(), Fixture.only("names.consistency", Fixture.VALIDATOR.validate(pairs, enRu())));
  }

  @Test
  void unknownNameGetsAnInfoHintWithIcuTransliteration() {
    Finding f = assertOne("names.unknown", Severity.INFO, enRu(), "Photo by Ivan Sidorov", "Фото Ивана Сидорова",
        "Ивана Сидорова", "not in the names glossary");
    assertEquals("Иван Сидоров", f.suggestion());
    assertQuiet("names.unknown", enRu(), "Photo by Gavriil Grigorov", "Фото Гавриила Григорова");
  }

  @Test
  void anUnknownNameNeverSpansMarkupNorTransliteratesIt() {
    // a link around the first name: two notes, each quoting a word and suggesting a word, not "</а>"
    List<Finding> found = Fixture.run("names.unknown", enRu(), "Photo by <a href=\"/x\">Ivan</a> Sidorov",
        "Фото <a href=\"/x\">Ивана</a> Сидорова");
    assertEquals(List.of("Иван", "Сидоров"), found.stream().map(Finding::suggestion).toList());
    found.forEach(f -> assertFalse(f.message().contains("<"), f.message()));
  }
}
