package org.localize.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.localize.testing.Cli;

/** {@code localize names}: the case forms an editor reviews before adding a name to a glossary. */
class NamesCommandTest {

  @Test
  void aFeminineSurnameDeclinesAsAnAdjective() {
    Cli.Result r = Cli.run("names", "Кристина Кормильцына", "--gender", "f");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stdout().contains("genitive      Кристины Кормильцыной\n"), r::stdout);
    assertTrue(r.stdout().contains("accusative    Кристину Кормильцыну\n"), r::stdout);
  }

  @Test
  void aKoreanNameDeclinesOnlyItsLastWordAsJson() {
    Cli.Result r = Cli.run("names", "Ким Чен Ын", "--decline", "last", "--json");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stdout().contains("\"instrumental\" : [ \"Ким Чен Ыном\" ]"), r::stdout);
  }

  @Test
  void aFleetingVowelIsOfferedBothWaysAndMarkedUnsure() {
    Cli.Result r = Cli.run("names", "Дворец", "--lang", "ru", "--type", "place");
    assertTrue(r.stdout().contains("Двореце | Дворце"), r::stdout);
    assertTrue(r.stdout().contains("unsure:"), r::stdout);
  }

  @Test
  void anUnknownTypeIsAUsageError() {
    Cli.Result r = Cli.run("names", "Путин", "--lang", "ru", "--type", "planet");
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.stderr().contains("unknown concept type 'planet'"), r::toString);
  }

  @Test
  void ukrainianNamesTakeUkrainianEndings() {
    Cli.Result r = Cli.run("names", "Володимир Путін", "--gender", "m");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stdout().contains("instrumental  Володимиром Путіним\n"), r::stdout);
    assertTrue(r.stdout().contains("locative      Володимирі Путіні | Володимирі Путінові"), r::stdout);
    assertTrue(r.stdout().contains("vocative      Володимире Путіне"), r::stdout);
  }

  @Test
  void polishNamesDeclineWithTheirLocative() {
    Cli.Result r = Cli.run("names", "Pjongjang", "--lang", "pl", "--type", "place");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stdout().contains("locative      Pjongjangu\n"), r::stdout);
    Cli.Result f = Cli.run("names", "Kristina Kormilicyna", "--lang", "pl", "--gender", "f");
    assertTrue(f.stdout().contains("genitive      Kristiny Kormilicynej\n"), f::stdout);
  }

  @Test
  void aNameInAnotherScriptIsTransliteratedFirstSoNoFormMixesScripts() {
    Cli.Result r = Cli.run("names", "Pyongyang", "--lang", "ru", "--type", "place");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stdout().contains("genitive      Пыонгянга\n"), r::stdout);
    assertTrue(r.stdout().lines().skip(1).map(l -> l.substring(14)).noneMatch(f -> f.matches(".*[A-Za-z].*")), r::stdout);
  }

  @Test
  void aLanguageWithoutDataOrLettersThatTellIsAUsageError() {
    Cli.Result r = Cli.run("names", "Москва");
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.stderr().contains("--lang"), r::toString);
    Cli.Result en = Cli.run("names", "London", "--lang", "en");
    assertEquals(2, en.exit(), en::toString);
    assertTrue(en.stderr().contains("languages with data: ru, uk, pl, cs, de"), en::toString);
  }

  @Test
  void latinLettersBgnLacksAreStillWrittenInCyrillic() {
    // Latin-Russian/BGN has no rule for c and x (Сcанпиx); Latin-Cyrillic after it covers every letter
    Cli.Result r = Cli.run("names", "Scanpix", "--lang", "ru", "--type", "organisation");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stdout().lines().skip(1).map(l -> l.substring(14)).noneMatch(f -> f.matches(".*[A-Za-z].*")), r::stdout);
  }
}
