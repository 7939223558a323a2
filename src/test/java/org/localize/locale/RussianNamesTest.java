package org.localize.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RussianNamesTest {

  private static List<String> forms(Declension d) {
    return List.of(GrammaticalCase.values()).stream().map(d::form).toList();
  }

  @Test
  void malePersonDeclinesGivenNameAndSurname() {
    Declension d = RussianNames.decline("Владимир Путин", ConceptType.PERSON, Gender.MASCULINE, DeclineMode.ALL);
    assertEquals(List.of("Владимир Путин", "Владимира Путина", "Владимиру Путину", "Владимира Путина",
        "Владимиром Путиным", "Владимире Путине"), forms(d));
    assertTrue(d.confident());
    assertEquals(List.of("Гавриил Григоров", "Гавриила Григорова", "Гавриилу Григорову", "Гавриила Григорова",
        "Гавриилом Григоровым", "Гаврииле Григорове"),
        forms(RussianNames.decline("Гавриил Григоров", ConceptType.PERSON, Gender.MASCULINE, DeclineMode.ALL)));
  }

  @Test
  void femaleSurname() {
    assertEquals(List.of("Кристина Кормильцына", "Кристины Кормильцыной", "Кристине Кормильцыной",
        "Кристину Кормильцыну", "Кристиной Кормильцыной", "Кристине Кормильцыной"),
        forms(RussianNames.decline("Кристина Кормильцына", ConceptType.PERSON, Gender.FEMININE, DeclineMode.ALL)));
  }

  @Test
  void koreanNameDeclinesOnlyTheLastPart() {
    assertEquals(List.of("Ким Чен Ын", "Ким Чен Ына", "Ким Чен Ыну", "Ким Чен Ына", "Ким Чен Ыном", "Ким Чен Ыне"),
        forms(RussianNames.decline("Ким Чен Ын", ConceptType.PERSON, Gender.MASCULINE, DeclineMode.LAST)));
  }

  @Test
  void places() {
    assertEquals(List.of("Пхеньян", "Пхеньяна", "Пхеньяну", "Пхеньян", "Пхеньяном", "Пхеньяне"),
        forms(RussianNames.decline("Пхеньян", ConceptType.PLACE, Gender.UNKNOWN, DeclineMode.ALL)));
    assertEquals(List.of("Северная Корея", "Северной Кореи", "Северной Корее", "Северную Корею", "Северной Кореей",
        "Северной Корее"), forms(RussianNames.decline("Северная Корея", ConceptType.PLACE, Gender.FEMININE, DeclineMode.ALL)));
    assertEquals(List.of("Москва", "Москвы", "Москве", "Москву", "Москвой", "Москве"),
        forms(RussianNames.decline("Москва", ConceptType.PLACE, Gender.FEMININE, DeclineMode.ALL)));
    assertEquals(List.of("Россия", "России", "России", "Россию", "Россией", "России"),
        forms(RussianNames.decline("Россия", ConceptType.PLACE, Gender.FEMININE, DeclineMode.ALL)));
    assertEquals("Республики Корея",
        RussianNames.decline("Республика Корея", ConceptType.PLACE, Gender.FEMININE, DeclineMode.ALL)
            .form(GrammaticalCase.GENITIVE));
  }

  @Test
  void indeclinableNames() {
    for (String name : List.of("Шойгу", "КНДР", "Токио", "Reuters")) {
      Declension d = RussianNames.decline(name, ConceptType.OTHER, Gender.UNKNOWN, DeclineMode.ALL);
      assertEquals(java.util.Set.of(name), d.allForms(), name);
    }
  }

  @Test
  void fleetingVowelIsUnsureAndOffersBoth() {
    Declension d = RussianNames.decline("Дворец", ConceptType.PLACE, Gender.MASCULINE, DeclineMode.ALL);
    assertFalse(d.confident());
    assertTrue(d.forms().get(GrammaticalCase.PREPOSITIONAL).contains("Дворце"), d::toString);
  }

  @Test
  void wrongGenderPhrases() {
    assertTrue(RussianNames.wrongGenderForms("Кристина Кормильцына", Gender.FEMININE).contains("Кристина Кормильцын"));
    assertFalse(RussianNames.wrongGenderForms("Кристина Кормильцына", Gender.FEMININE).contains("Кристину Кормильцыну"));
    assertTrue(RussianNames.wrongGenderForms("Ким Чен Ын", Gender.MASCULINE).isEmpty());
  }
}
