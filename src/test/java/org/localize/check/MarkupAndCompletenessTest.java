package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.localize.check.Fixture.assertOne;
import static org.localize.check.Fixture.assertQuiet;
import static org.localize.check.Fixture.enRu;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.unit.TextFormat;
import org.localize.unit.TextPair;

class MarkupAndCompletenessTest {

  private static List<Finding> validate(TextPair p) {
    return Fixture.VALIDATOR.validate(List.of(p), enRu());
  }

  @Test
  void missingTagFires() {
    List<Finding> found = Fixture.run("markup.tags", enRu(), "<strong>The truth.</strong> Help us.", "Правда. Помогите.");
    assertEquals(2, found.size(), found::toString);
    assertTrue(found.get(0).message().contains("<strong>") || found.get(1).message().contains("<strong>"));
  }

  @Test
  void addedAndMisnestedTagsFire() {
    List<Finding> added = Fixture.run("markup.tags", enRu(), "Help us.", "<em>Помогите</em> нам.");
    assertEquals(2, added.size(), added::toString);
    assertEquals(0, added.get(0).start());
    assertTrue(added.get(0).message().contains("not in the source"));
    List<Finding> found = Fixture.run("markup.tags", enRu(), "<a href=\"x\"><strong>deal</strong></a>",
        "<a href=\"x\"><strong>сделка</a></strong>");
    assertEquals(1, found.size(), found::toString);
    assertTrue(found.get(0).message().contains("closes <strong>"));
  }

  @Test
  void reorderedTagsAreQuiet() {
    assertQuiet("markup.tags", enRu(), "<strong>Truth</strong> and <a href=\"https://a\">link</a>",
        "<a href=\"https://b\">Ссылка</a> и <strong>правда</strong>");
  }

  @Test
  void placeholders() {
    TextPair p = new TextPair("/cta", "appeal-cta", TextFormat.MESSAGEFORMAT, "Give {amount} a month",
        "Помогите {sum} в месяц", 0);
    List<Finding> found = Fixture.only("markup.placeholders", validate(p));
    assertEquals(2, found.size(), found::toString);
    assertEquals(-1, found.get(0).start()); // {amount} missing: the whole unit, sorted first
    assertEquals("Помогите ".length(), found.get(1).start());
    TextPair ok = new TextPair("/cta", "appeal-cta", TextFormat.MESSAGEFORMAT,
        "{n, plural, one {# year} other {# years}} with {amount}",
        "{amount} за {n, plural, one {# год} few {# года} many {# лет} other {# года}}", 0);
    assertEquals(List.of(), validate(ok).stream().filter(f -> f.severity() != Severity.INFO).toList());
  }

  @Test
  void nullTargetGetsOnlyCompleteness() {
    List<Finding> found = validate(new TextPair("/headline", "headline", TextFormat.TEXT,
        "Putin in Pyongyang on June 19", null, 10));
    assertEquals(1, found.size(), found::toString);
    assertEquals("completeness.missing", found.get(0).check());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals(-1, found.get(0).start());
  }

  @Test
  void emptyTargetIsMissing() {
    assertOne("completeness.missing", Severity.ERROR, enRu(), "Any amount", " ", null, "empty");
    assertQuiet("completeness.missing", enRu(), "Any amount", "Любая сумма");
  }

  @Test
  void copiedSourceIsUntranslated() {
    assertOne("completeness.untranslated", Severity.WARNING, enRu(), "Any amount", "Any amount", "Any amount", "identical");
    assertQuiet("completeness.untranslated", enRu(), "Sputnik / AFP / Scanpix / LETA", "Sputnik / AFP / Scanpix / LETA");
  }

  @Test
  void headlineLengthCountsVisibleCharacters() {
    TextPair p = new TextPair("/headline", "headline", TextFormat.HTML, "Putin in Pyongyang",
        "<em>Путин</em> в Пхеньяне", 10);
    List<Finding> found = Fixture.only("length.max", validate(p));
    assertEquals(1, found.size());
    assertTrue(found.get(0).message().contains("16 characters; the limit is 10"), found.get(0)::message);
    assertEquals("<em>Путин</em> в Пх".length(), found.get(0).start());
    TextPair fits = new TextPair("/headline", "headline", TextFormat.HTML, "Putin", "<em>Путин</em>", 5);
    assertEquals(List.of(), Fixture.only("length.max", validate(fits)));
  }
}
