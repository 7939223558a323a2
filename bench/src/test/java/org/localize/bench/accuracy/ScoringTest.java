package org.localize.bench.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localize.bench.accuracy.Scoring.Expected;
import org.localize.bench.accuracy.Scoring.Recall;
import org.localize.bench.accuracy.Scoring.Verdict;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/** The accuracy benchmark's scoring: families, what counts as catching an injected error. */
class ScoringTest {
  private static Finding error(String check, String unit, String message) {
    return Finding.whole(check, Severity.ERROR, unit, message);
  }

  private static Finding warning(String check, String unit, String message) {
    return Finding.whole(check, Severity.WARNING, unit, message);
  }

  @Test
  void familiesAreThePrefixAndTheRestIsOther() {
    assertEquals("dates", Scoring.family("dates.weekday"));
    assertEquals("names", Scoring.family("names.missing"));
    assertEquals("numbers", Scoring.family("numbers.agreement"));
    assertEquals("typography", Scoring.family("typography.quotes"));
    assertEquals("other", Scoring.family("markup.tags"));
    assertEquals("other", Scoring.family("completeness.missing"));
    assertEquals("other", Scoring.family("length.max"));
  }

  @Test
  void anErrorOfTheEntrysFamilyOnItsUnitCatchesIt() {
    Expected e = new Expected("/lead", List.of("dates"), "weekday changed");
    List<Verdict> v = Scoring.judge(List.of(e), List.of(error("dates.weekday", "/lead", "Wednesday vs Thursday")));
    assertTrue(v.get(0).byError());
    assertTrue(v.get(0).byAny());
  }

  @Test
  void anotherUnitOrAnotherFamilyDoesNotCatchIt() {
    Expected e = new Expected("/lead", List.of("dates"), "weekday changed");
    List<Finding> fresh = List.of(error("dates.weekday", "/headline", "x"), error("names.missing", "/lead", "y"));
    Verdict v = Scoring.judge(List.of(e), fresh).get(0);
    assertFalse(v.byError());
    assertFalse(v.byAny());
    assertEquals(2, Scoring.stray(List.of(e), fresh).size(), "both errors are unaccounted for");
  }

  @Test
  void aWarningCatchesItOnlyAsAnyFinding() {
    Expected e = new Expected("/blocks/0/text", List.of("numbers"), "plural");
    Verdict v = Scoring.judge(List.of(e), List.of(warning("numbers.agreement", "/blocks/0/text", "z"))).get(0);
    assertFalse(v.byError());
    assertTrue(v.byAny());
  }

  @Test
  void anEntryOfTwoFamiliesIsCaughtByEither() {
    Expected e = new Expected("/lead", List.of("dates", "numbers"), "year changed");
    assertTrue(Scoring.judge(List.of(e), List.of(error("numbers.missing", "/lead", "2024"))).get(0).byError());
  }

  @Test
  void aFindingTheCleanTextAlreadyHadDoesNotCount() {
    Finding falseAlarm = error("dates.missing", "/lead", "19 June is missing");
    List<Finding> fresh = Scoring.fresh(List.of(falseAlarm), List.of(falseAlarm));
    assertTrue(fresh.isEmpty());
    Expected e = new Expected("/lead", List.of("dates"), "day shifted");
    assertFalse(Scoring.judge(List.of(e), fresh).get(0).byError());
  }

  @Test
  void freshIsAMultisetDifference() {
    Finding a = error("names.missing", "/lead", "Putin");
    Finding b = error("names.missing", "/lead", "Kim");
    assertEquals(List.of(a), Scoring.fresh(List.of(a), List.of(a, a)), "a second copy is new");
    assertEquals(List.of(b), Scoring.fresh(List.of(a), List.of(a, b)));
    Finding sameButWarning = warning("names.missing", "/lead", "Putin");
    assertEquals(List.of(sameButWarning), Scoring.fresh(List.of(a), List.of(sameButWarning)), "severity is part of it");
  }

  @Test
  void recallCountsPerFamily() {
    Recall r = new Recall();
    Expected dates = new Expected("/a", List.of("dates"), "");
    Expected both = new Expected("/b", List.of("dates", "numbers"), "");
    Expected names = new Expected("/c", List.of("names"), "");
    r.add(new Verdict(dates, true, true, List.of()));
    r.add(new Verdict(both, false, true, List.of()));
    r.add(new Verdict(names, false, false, List.of()));
    assertEquals(3, r.injected);
    assertEquals(1, r.byError);
    assertEquals(2, r.byAny);
    assertEquals("1/2", r.of("dates"));
    assertEquals("0/1", r.of("numbers"));
    assertEquals("0/1", r.of("names"));
    assertEquals("-", r.of("typography"));
  }
}
