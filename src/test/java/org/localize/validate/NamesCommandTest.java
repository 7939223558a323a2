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
    Cli.Result r = Cli.run("names", "Дворец", "--type", "place");
    assertTrue(r.stdout().contains("Двореце | Дворце"), r::stdout);
    assertTrue(r.stdout().contains("unsure:"), r::stdout);
  }

  @Test
  void anUnknownTypeIsAUsageError() {
    Cli.Result r = Cli.run("names", "Путин", "--type", "planet");
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.stderr().contains("unknown concept type 'planet'"), r::toString);
  }
}
