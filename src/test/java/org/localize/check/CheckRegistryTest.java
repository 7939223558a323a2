package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

class CheckRegistryTest {

  private static final Set<String> FAMILIES = Set.of("names", "dates", "numbers", "typography", "markup",
      "completeness", "length");

  @Test
  void everyCheckDescribesItself() {
    List<Check> checks = CheckRegistry.standard().checks();
    assertEquals(29, checks.size());
    for (Check c : checks) {
      assertTrue(c.id().matches("[a-z]+\\.[a-z-]+"), c.id());
      assertTrue(FAMILIES.contains(c.family()), c.id());
      assertFalse(c.title().isBlank());
      assertFalse(c.title().contains("\n"));
    }
    assertEquals("names.missing", checks.get(0).id());
  }

  @Test
  void disabledChecksAndSeverityOverrides() {
    CheckContext ctx = Fixture.enRu().without("typography").withSeverity("numbers.agreement", Severity.ERROR);
    List<Finding> found = Fixture.VALIDATOR.validate(List.of(Fixture.pair("in 24 years", "\"за 24 лет\"")), ctx);
    assertTrue(found.stream().noneMatch(f -> f.check().startsWith("typography.")), found::toString);
    assertEquals(Severity.ERROR, Fixture.only("numbers.agreement", found).get(0).severity());
  }
}
