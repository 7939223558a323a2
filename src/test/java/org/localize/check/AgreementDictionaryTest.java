package org.localize.check;

import static org.localize.check.Fixture.assertOne;
import static org.localize.check.Fixture.assertQuiet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localize.diag.Severity;

/**
 * numbers.agreement for the words the noun tables do not know, by each language's morphological
 * dictionary: fires on a noun (and the adjectives agreeing with it) in a form the number never
 * takes, stays quiet on right forms, labels, years, ordinals, hours and compound modifiers.
 */
class AgreementDictionaryTest {

  private static CheckContext ctx(String target) {
    return CheckContext.of(Fixture.LOCALES, "en", target, Fixture.PUBLISHED, Fixture.GLOSSARY);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ru | Жители принесли воду и 1500 порции горячей еды.       | порции               | ERROR
      ru | Эвакуировали 5 пассажира.                             | пассажира            | WARNING
      ru | Эвакуировали 5 пассажиры.                             | пассажиры            | ERROR
      ru | Пострадали 21 пассажиров.                             | пассажиров           | ERROR
      ru | Привезли 3 новых вагонов.                             | вагонов              | WARNING
      ru | Их было 5 пассажир.                                   | пассажир             | WARNING
      uk | Мешканці привезли воду й 1500 порції гарячої їжі.     | порції               | ERROR
      uk | Евакуювали 5 пасажира.                                | пасажира             | WARNING
      uk | Евакуювали 5 пасажири.                                | пасажири             | ERROR
      pl | Mieszkańcy przynieśli wodę i 1500 ciepłe posiłki.     | ciepłe posiłki       | ERROR
      pl | Ewakuowano 5 pasażerowie.                             | pasażerowie          | ERROR
      de | Freiwillige brachten Wasser und 1500 warme Mahlzeit.  | Mahlzeit             | ERROR
      de | Sie retteten 20 Person.                               | Person               | ERROR
      fr | Des bénévoles ont apporté 1 500 repas chaud.          | chaud                | ERROR
      fr | On a distribué 300 couverture.                        | couverture           | ERROR
      fr | Les ménages recevront 100 000 ariary.                 | ariary               | WARNING
      en | Volunteers brought water and 1,500 hot meal.          | meal                 | WARNING
      en | They rescued 12 child from the river.                 | child                | WARNING
      en | It took 1 years.                                      | years                | WARNING
      ru | Принесли пять порции.                                 | порции               | ERROR
      ru | Идет 5 раунд переговоров.                             | раунд                | WARNING
      fr | Ils ont apporté trois repas chaud.                    | chaud                | ERROR
      de | Sie brachten zwei warme Mahlzeit.                     | Mahlzeit             | ERROR
      en | They found two child in the car.                      | child                | WARNING
      en | The review lasts up to three week.                    | week                 | WARNING
      de | Sie verhandelten über 1 Billionen Dollar.             | Billionen            | ERROR
      pl | Przywieźli 5 wagonom.                                 | wagonom              | WARNING
      uk | Привезли 5 вагонам.                                   | вагонам              | WARNING
      """)
  void wrongFormFires(String target, String text, String span, Severity severity) {
    assertOne("numbers.agreement", severity, ctx(target), "x", text, span, "");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ru | Жители принесли воду и 1500 порций горячей еды.
      ru | Привезли 3 новых вагона, 21 порцию и 2 порции супа.
      ru | Статья 5 закона запрещает это; см. ст. 12 кодекса и № 5 приказа.
      ru | Он учился в 5 классе, встреча в 5 утра, Windows 10 вышла.
      ru | В 2014 порции стали меньше; около 1,5 порции; к 5 порциям.
      ru | Это 5 кафе и 3 стали; движение остановили на 1,5 суток.
      ru | Принесли пять порций и двух новых вагонов ждали; 1,500 порций.
      uk | Мешканці привезли воду й 1500 порцій гарячої їжі, 2 порції супу, 21 порцію.
      uk | Стаття 5 закону; о 5 ранку; у 5 класі.
      uk | У 2014 порції стали меншими; близько 5 порцій; за 3 порції; 5 кафе.
      pl | Mieszkańcy przynieśli wodę i 1500 ciepłych posiłków, 2 ciepłe posiłki i 1 ciepły posiłek.
      pl | Artykuł 5 ustawy; nr 5 ustawy; w 5 klasie; dwóch mężczyzn, 2 mężczyzn.
      pl | W 2014 porcje były mniejsze; około 5 porcji; z 5 porcjami; 5 drzwi.
      de | Freiwillige brachten Wasser und 1500 warme Mahlzeiten und 1 warme Mahlzeit.
      de | Es kostet 5 Euro, 10 Prozent, 3 Glas Bier, 100 Meter, 5 Mark, um 5 Uhr, Artikel 5 Grundgesetz.
      de | Der 5 Jahr-Plan, Windows 10 Home, 2 Stück, seit 1990 Bundeskanzlerin, mit 5 warmen Mahlzeiten.
      fr | Des bénévoles ont apporté 1 500 repas chauds, 1 repas chaud et 1,5 kilo de riz.
      fr | Il gagne 3 000 euros brut; article 5 loi; 20 ans environ; 1 000 euros maximum.
      pl | Mieszkają na 3 piętrze; 5 mln osób; 2 tys. złotych.
      fr | Ils ont apporté trois repas chauds, un repas chaud, deux kilos; vingt ans plus tard.
      de | Sie brachten zwei warme Mahlzeiten und eine warme Mahlzeit; drei Jahre später.
      en | They found two children, one child, twenty years later, two dozen eggs.
      en | Five new infections, three domestic; the number four hitter was walked.
      ru | Доставили 5 раненых и 3 пострадавших.
      en | 20 percent capacity, a 3-2 victory, 6 on Sunday morning, 1 million subscribers.
      en | Volunteers brought water and 1,500 hot meals and 1 hot meal.
      en | a 30 year mortgage, 5 foot tall, the 2020 election, 10 percent, 3 km, 0-1 years, 50 staff.
      en | Windows 10 users, COVID-19 patients, Article 5 rules, page 5 story, No. 5 rule.
      """)
  void rightFormAndTrapsAreQuiet(String target, String text) {
    assertQuiet("numbers.agreement", ctx(target), "x", text);
  }
}
