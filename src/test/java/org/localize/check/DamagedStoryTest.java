package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.unit.TextPair;

/** A deliberately damaged Russian copy of the example fires each family at the right JSON pointer. */
class DamagedStoryTest {

  private static List<TextPair> damaged() {
    List<TextPair> d = Fixture.story();
    d = Fixture.damage(d, "/blocks/7/caption", "Ким Чен Ын", "Гавриил Григоров");            // wrong person
    d = Fixture.damage(d, "/blocks/9/caption", "Пхеньяна", "Pyongyang");                     // Latin name left
    d = Fixture.damage(d, "/lead", "рано утром в среду", "рано утром 18 июня");              // shifted day
    d = Fixture.damage(d, "/blocks/6/caption", "ждет", "в понедельник ждет");                // weekday the source does not give
    d = Fixture.damage(d, "/blocks/12/title", "2024 год", "2023 год");                       // changed year
    d = Fixture.damage(d, "/lead", "за 24 года", "за 24 лет");                               // wrong plural
    d = Fixture.damage(d, "/blocks/12/text", "«Медузу»", "\"Медузу\"");                      // straight quotes
    d = Fixture.damage(d, "/blocks/4/caption", "Пхеньяне", "Пxеньяне");                      // mixed script
    return d;
  }

  private static void assertFinding(List<Finding> all, String check, String pointer, Severity severity, String spanText,
      List<TextPair> pairs) {
    String target = pairs.stream().filter(p -> p.pointer().equals(pointer)).findFirst().orElseThrow().target();
    boolean ok = all.stream().anyMatch(f -> f.check().equals(check) && f.unit().equals(pointer)
        && f.severity() == severity
        && (spanText == null ? f.start() == -1 : target.substring(f.start(), f.end()).equals(spanText)));
    assertTrue(ok, () -> "no " + check + " at " + pointer + " on '" + spanText + "' in\n"
        + all.stream().map(Finding::toString).collect(Collectors.joining("\n")));
  }

  @Test
  void eachDamageIsFoundWhereItIs() {
    List<TextPair> pairs = damaged();
    List<Finding> all = Fixture.VALIDATOR.validate(pairs, Fixture.enRu());
    assertFinding(all, "names.wrong", "/blocks/7/caption", Severity.ERROR, "Гавриил Григоров", pairs);
    assertFinding(all, "names.missing", "/blocks/7/caption", Severity.WARNING, null, pairs);
    assertFinding(all, "names.script", "/blocks/9/caption", Severity.ERROR, "Pyongyang", pairs);
    assertFinding(all, "dates.weekday", "/lead", Severity.ERROR, "18 июня", pairs);
    assertFinding(all, "dates.published", "/blocks/6/caption", Severity.WARNING, "понедельник", pairs);
    assertFinding(all, "numbers.missing", "/blocks/12/title", Severity.ERROR, "2023", pairs);
    assertFinding(all, "numbers.agreement", "/lead", Severity.WARNING, "лет", pairs);
    assertFinding(all, "typography.quotes", "/blocks/12/text", Severity.WARNING, "\"", pairs);
    assertFinding(all, "names.mixed-script", "/blocks/4/caption", Severity.ERROR, "Пxеньяне", pairs);
  }

  @Test
  void damagedEnglishTranslationOfTheRussianStory() {
    List<TextPair> pairs = Fixture.reversed(Fixture.story());
    pairs = Fixture.damage(pairs, "/blocks/7/caption", "Kim Jong Un", "Gavriil Grigorov");
    pairs = Fixture.damage(pairs, "/blocks/9/caption", "Pyongyang", "Пхеньян");
    pairs = Fixture.damage(pairs, "/lead", "Wednesday", "Tuesday");
    pairs = Fixture.damage(pairs, "/lead", "24 years", "25 years");
    pairs = Fixture.damage(pairs, "/headline", "— in photos", "« in photos »");
    List<Finding> all = Fixture.VALIDATOR.validate(pairs, Fixture.ruEn());
    assertFinding(all, "names.wrong", "/blocks/7/caption", Severity.ERROR, "Gavriil Grigorov", pairs);
    assertFinding(all, "names.script", "/blocks/9/caption", Severity.ERROR, "Пхеньян", pairs);
    assertFinding(all, "dates.weekday", "/lead", Severity.ERROR, "Tuesday", pairs);
    assertFinding(all, "numbers.missing", "/lead", Severity.ERROR, "25", pairs);
    assertFinding(all, "typography.quotes", "/headline", Severity.WARNING, "«", pairs);
  }
}
