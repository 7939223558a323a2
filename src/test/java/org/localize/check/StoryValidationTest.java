package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.unit.TextPair;

class StoryValidationTest {

  private static String show(List<Finding> fs) {
    return fs.stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void correctRussianTranslationOfTheExampleIsClean() {
    List<Finding> found = Fixture.VALIDATOR.validate(Fixture.story(), Fixture.enRu());
    List<Finding> serious = found.stream().filter(f -> f.severity() != Severity.INFO).collect(Collectors.toList());
    assertTrue(serious.isEmpty(), () -> show(found));
  }

  @Test
  void englishTranslationOfARussianStoryIsCheckedTheSameWay() {
    List<Finding> found = Fixture.VALIDATOR.validate(Fixture.reversed(Fixture.story()), Fixture.ruEn());
    List<Finding> serious = found.stream().filter(f -> f.severity() != Severity.INFO).collect(Collectors.toList());
    assertTrue(serious.isEmpty(), () -> show(found));
  }
}
