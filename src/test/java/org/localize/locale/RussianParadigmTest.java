package org.localize.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Russian rules, now data in locales/ru.json, give the forms the hand-written paradigm gave. */
class RussianParadigmTest {

  private static final NameInflector RU = LocaleRepository.builtIn().forTag("ru").names().inflector();

  private static List<String> forms(Declension d) {
    return List.of(GrammaticalCase.values()).stream().filter(c -> c != GrammaticalCase.VOCATIVE).map(d::form).toList();
  }

  @Test
  void malePersonDeclinesGivenNameAndSurname() {
    Declension d = RU.decline("Владимир Путин", ConceptType.PERSON, Gender.MASCULINE, DeclineMode.ALL);
    assertEquals(List.of("Владимир Путин", "Владимира Путина", "Владимиру Путину", "Владимира Путина",
        "Владимиром Путиным", "Владимире Путине"), forms(d));
    assertTrue(d.confident());
    assertEquals(List.of("Гавриил Григоров", "Гавриила Григорова", "Гавриилу Григорову", "Гавриила Григорова",
        "Гавриилом Григоровым", "Гаврииле Григорове"),
        forms(RU.decline("Гавриил Григоров", ConceptType.PERSON, Gender.MASCULINE, DeclineMode.ALL)));
  }

  @Test
  void femaleSurname() {
    assertEquals(List.of("Кристина Кормильцына", "Кристины Кормильцыной", "Кристине Кормильцыной",
        "Кристину Кормильцыну", "Кристиной Кормильцыной", "Кристине Кормильцыной"),
        forms(RU.decline("Кристина Кормильцына", ConceptType.PERSON, Gender.FEMININE, DeclineMode.ALL)));
  }

  @Test
  void koreanNameDeclinesOnlyTheLastPart() {
    assertEquals(List.of("Ким Чен Ын", "Ким Чен Ына", "Ким Чен Ыну", "Ким Чен Ына", "Ким Чен Ыном", "Ким Чен Ыне"),
        forms(RU.decline("Ким Чен Ын", ConceptType.PERSON, Gender.MASCULINE, DeclineMode.LAST)));
  }

  @Test
  void places() {
    assertEquals(List.of("Пхеньян", "Пхеньяна", "Пхеньяну", "Пхеньян", "Пхеньяном", "Пхеньяне"),
        forms(RU.decline("Пхеньян", ConceptType.PLACE, Gender.UNKNOWN, DeclineMode.ALL)));
    assertEquals(List.of("Северная Корея", "Северной Кореи", "Северной Корее", "Северную Корею", "Северной Кореей",
        "Северной Корее"), forms(RU.decline("Северная Корея", ConceptType.PLACE, Gender.FEMININE, DeclineMode.ALL)));
    assertEquals(List.of("Москва", "Москвы", "Москве", "Москву", "Москвой", "Москве"),
        forms(RU.decline("Москва", ConceptType.PLACE, Gender.FEMININE, DeclineMode.ALL)));
    assertEquals(List.of("Россия", "России", "России", "Россию", "Россией", "России"),
        forms(RU.decline("Россия", ConceptType.PLACE, Gender.FEMININE, DeclineMode.ALL)));
    assertEquals("Республики Корея",
        RU.decline("Республика Корея", ConceptType.PLACE, Gender.FEMININE, DeclineMode.ALL)
            .form(GrammaticalCase.GENITIVE));
  }

  @Test
  void indeclinableNames() {
    for (String name : List.of("Шойгу", "КНДР", "Токио", "Reuters")) {
      Declension d = RU.decline(name, ConceptType.OTHER, Gender.UNKNOWN, DeclineMode.ALL);
      assertEquals(java.util.Set.of(name), d.allForms(), name);
    }
  }

  @Test
  void fleetingVowelIsUnsureAndOffersBoth() {
    Declension d = RU.decline("Дворец", ConceptType.PLACE, Gender.MASCULINE, DeclineMode.ALL);
    assertFalse(d.confident());
    assertTrue(d.forms().get(GrammaticalCase.PREPOSITIONAL).contains("Дворце"), d::toString);
  }

  @Test
  void wrongGenderPhrases() {
    assertTrue(RU.wrongGenderForms("Кристина Кормильцына", Gender.FEMININE).contains("Кристина Кормильцын"));
    assertFalse(RU.wrongGenderForms("Кристина Кормильцына", Gender.FEMININE).contains("Кристину Кормильцыну"));
    assertTrue(RU.wrongGenderForms("Ким Чен Ын", Gender.MASCULINE).isEmpty());
    // her genitive given name with his genitive surname, though Соколова alone is her nominative
    assertTrue(RU.wrongGenderForms("Елена Соколова", Gender.FEMININE).contains("Елены Соколова"));
    assertFalse(RU.wrongGenderForms("Елена Соколова", Gender.FEMININE).contains("Елены Соколовой"));
    assertFalse(RU.wrongGenderForms("Елена Соколова", Gender.FEMININE).contains("Елена Соколова"));
  }

  @Test
  void multiWordNamesDeclineEveryAgreeingWord() {
    assertEquals("Соединенном Королевстве",
        RU.decline("Соединенное Королевство", ConceptType.PLACE, Gender.NEUTER, DeclineMode.ALL)
            .form(GrammaticalCase.PREPOSITIONAL));
    assertEquals("Соединенных Штатах",
        RU.decline("Соединенные Штаты", ConceptType.PLACE, Gender.UNKNOWN, DeclineMode.ALL)
            .form(GrammaticalCase.PREPOSITIONAL));
    assertEquals("Петропавловске-Камчатском",
        RU.decline("Петропавловск-Камчатский", ConceptType.PLACE, Gender.MASCULINE, DeclineMode.ALL)
            .forms().get(GrammaticalCase.PREPOSITIONAL).get(1));
  }

  @Test
  void womenSurnamesEndingInAConsonantStay() {
    assertEquals(java.util.Set.of("Софи Ридж"),
        RU.decline("Софи Ридж", ConceptType.PERSON, Gender.FEMININE, DeclineMode.ALL).allForms());
    assertTrue(RU.decline("Софи Ридж", ConceptType.PERSON, Gender.MASCULINE, DeclineMode.ALL).allForms()
        .contains("Софи Риджу"));
    // a soft sign or й ends a consonant too: Меркель and Мэй do not decline for a woman
    assertEquals(java.util.Set.of("Меркель"), RU.decline("Меркель", ConceptType.PERSON, Gender.FEMININE, DeclineMode.ALL).allForms());
    assertEquals(java.util.Set.of("Мэй"), RU.decline("Мэй", ConceptType.PERSON, Gender.FEMININE, DeclineMode.ALL).allForms());
    assertTrue(RU.decline("Гай", ConceptType.PERSON, Gender.MASCULINE, DeclineMode.ALL).allForms().contains("Гаю"));
  }
}
