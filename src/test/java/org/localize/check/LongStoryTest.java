package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;
import org.localize.unit.TextFormat;
import org.localize.unit.TextPair;

/**
 * A long story (a live blog) is checked on all cores, a bounded number of units ahead of the story
 * checks; its findings, in order, and those of the story-wide checks are the same as on one thread.
 */
class LongStoryTest {

  @Test
  void findingsOfALongStoryAreThoseOfOneThread() {
    List<TextPair> story = Fixture.story();
    List<TextPair> damaged = Fixture.damage(story, "/blocks/7/caption", "Ким Чен Ын", "Гавриил Григоров");
    damaged = Fixture.damage(damaged, "/lead", "за 24 года", "за 24 лет");
    damaged = Fixture.damage(damaged, "/blocks/12/text", "«Медузу»", "\"Медузу\"");
    List<TextPair> blog = new ArrayList<>();
    for (int copy = 0; blog.size() < 3 * Validator.AHEAD + 17; copy++) { // the ring of units waiting, three times round and part
      for (TextPair p : copy % 3 == 1 ? damaged : story) {
        blog.add(new TextPair("/posts/" + copy + p.pointer(), p.kind(), p.format(), p.source(), p.target(), p.maxLength()));
      }
    }
    // a name spelled two ways across the story (a story check) on either side of the ring's end
    blog.set(5, new TextPair("/posts/x/credit", "credit", TextFormat.TEXT, "Photo: Ivan Sidorenko", "Фото: Иван Сидоренко", 0));
    blog.set(7, new TextPair("/posts/y/credit", "credit", TextFormat.TEXT, "Photo: Ivan Sidorenko", "Фото: Иван Сидоренко", 0));
    blog.set(Validator.AHEAD + 40, new TextPair("/posts/z/caption", "caption", TextFormat.TEXT, "Ivan Sidorenko at work",
        "Фотограф Иван Сидаренко за работой", 0));

    List<Finding> oneThread = new Validator(CheckRegistry.standard(), Integer.MAX_VALUE).validate(blog, Fixture.enRu());
    List<Finding> allCores = new Validator(CheckRegistry.standard(), 2).validate(blog, Fixture.enRu());
    assertTrue(oneThread.stream().map(Finding::unit).distinct().count() > 10, () -> oneThread.size() + " findings");
    assertTrue(oneThread.stream().anyMatch(f -> f.severity() == org.localize.diag.Severity.ERROR));
    assertTrue(oneThread.stream().anyMatch(f -> f.check().equals(new ConsistencyCheck().id())), "a story-wide finding");
    assertEquals(oneThread, allCores);
  }

  /**
   * A check that throws on a unit far into the story (a bug of the check): on all cores as on one
   * thread, what it threw on the first such unit in story order is what validate throws, and the
   * validator still works afterwards.
   */
  @Test
  void whatACheckThrowsIsThrownAsOnOneThread() {
    List<TextPair> blog = new ArrayList<>();
    for (int copy = 0; blog.size() < 3 * Validator.AHEAD; copy++) {
      for (TextPair p : Fixture.story()) {
        blog.add(new TextPair("/posts/" + copy + p.pointer(), p.kind(), p.format(), p.source(), p.target(), p.maxLength()));
      }
    }
    java.util.Set<Integer> failing = java.util.Set.of(Validator.AHEAD + 40, 2 * Validator.AHEAD + 7);
    Check throwing = new Check() {
      @Override
      public String id() {
        return "test.throws";
      }

      @Override
      public String title() {
        return "throws on some units";
      }

      @Override
      public org.localize.diag.Severity defaultSeverity() {
        return org.localize.diag.Severity.ERROR;
      }

      @Override
      public void check(Unit unit, Story story, List<Finding> out) {
        if (failing.contains(unit.index())) {
          throw new IllegalStateException("unit " + unit.index());
        }
      }
    };
    List<Check> checks = new ArrayList<>(CheckRegistry.standard().checks());
    checks.add(throwing);
    for (int parallelFrom : new int[] {Integer.MAX_VALUE, 2}) {
      Validator v = new Validator(CheckRegistry.of(checks), parallelFrom);
      IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
          () -> v.validate(blog, Fixture.enRu()));
      assertEquals("unit " + (Validator.AHEAD + 40), e.getMessage(), "parallel from " + parallelFrom);
      assertEquals(v.validate(blog.subList(0, Validator.AHEAD), Fixture.enRu()).size(),
          new Validator(CheckRegistry.standard(), parallelFrom).validate(blog.subList(0, Validator.AHEAD), Fixture.enRu()).size());
    }
  }
}
