package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;
import org.localize.unit.TextPair;

/**
 * The locale data built ahead of need on a background thread (a cold single-story run) gives the
 * checks exactly what building it on first use gives them, and a piece is built once however many
 * threads ask for it.
 */
class PrefetchTest {

  @Test
  void onceBuildsOnceForEveryThreadThatAsks() throws Exception {
    AtomicInteger builds = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    Once<Object> once = new Once<>(() -> {
      builds.incrementAndGet();
      Thread.sleep(20); // long enough for the other threads to arrive while it is being built
      return new Object();
    });
    List<Thread> threads = new ArrayList<>();
    Object[] seen = new Object[6];
    for (int i = 0; i < seen.length; i++) {
      int n = i;
      Thread t = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          throw new AssertionError(e);
        }
        if (n % 2 == 0) {
          once.prefetch();
        }
        seen[n] = once.get();
      });
      threads.add(t);
      t.start();
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(1, builds.get());
    for (Object o : seen) {
      assertSame(seen[0], o);
    }
    assertTrue(once.isDone());
  }

  @Test
  void aFailureReachesTheCallerThatNeedsTheValueNotThePrefetch() {
    Once<String> once = new Once<>(() -> {
      throw new IllegalArgumentException("no such transform: Xx-Yy");
    });
    Thread t = new Thread(once::prefetch);
    t.start();
    assertTrue(join(t));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, once::get);
    assertEquals("no such transform: Xx-Yy", e.getMessage());
    assertThrows(IllegalArgumentException.class, once::get); // every caller, not only the first
  }

  @Test
  void anInterruptedCallerStillGetsTheValueAndKeepsItsInterrupt() {
    Once<String> once = new Once<>(() -> "built");
    Thread.currentThread().interrupt();
    try {
      assertEquals("built", once.get());
      assertTrue(Thread.interrupted()); // clears it again for the next test
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void findingsAreTheSameWithAndWithoutPrefetchInSeveralLanguages() throws Exception {
    List<TextPair> pairs = Fixture.damage(Fixture.damage(Fixture.damage(Fixture.story(),
        "/lead", "за 24 года", "за 24 лет"), "/blocks/12/title", "2024 год", "2023 год"),
        "/blocks/9/caption", "Пхеньяна", "Pyongyang");
    for (String[] pair : new String[][] {{"en", "ru"}, {"en", "uk"}, {"en", "de"}, {"en", "ja"}}) {
      CheckContext ctx = Fixture.ctx(pair[0], pair[1]);
      List<Finding> plain = Validator.standard().validate(pairs, ctx);
      for (int round = 0; round < 3; round++) {
        Validator v = Validator.standard();
        assertTrue(v.needsPrefetch(ctx.source(), ctx.target(), ctx.glossary(), List.of()));
        Thread ahead = new Thread(() -> v.prefetch(ctx.source(), ctx.target(), ctx.glossary(), List.of()));
        ahead.start();
        if (round == 1) {
          Thread.sleep(5); // some pieces under way, some done, some not started
        }
        List<Finding> prefetched = v.validate(pairs, ctx);
        assertTrue(join(ahead));
        assertEquals(plain, prefetched, pair[0] + "→" + pair[1] + ", round " + round);
        assertFalse(v.needsPrefetch(ctx.source(), ctx.target(), ctx.glossary(), List.of()));
      }
    }
  }

  @Test
  void nothingIsBuiltAheadForTheFamiliesSwitchedOff() {
    CheckContext ctx = Fixture.ctx("en", "pl");
    Validator v = Validator.standard();
    List<String> off = List.of("names", "dates", "numbers");
    assertFalse(v.needsPrefetch(ctx.source(), ctx.target(), ctx.glossary(), off));
    v.prefetch(ctx.source(), ctx.target(), ctx.glossary(), List.of("names"));
    assertFalse(v.needsPrefetch(ctx.source(), ctx.target(), ctx.glossary(), List.of("names")));
    assertTrue(v.needsPrefetch(ctx.source(), ctx.target(), ctx.glossary(), List.of())); // the name indexes wait for use
  }

  /**
   * The transforms come first (the registry they all wait for, then each rule set in turn, was the
   * longest chain of a cold run): the target's into its script and its Latin key, then the source's key.
   */
  @Test
  void theTransformsAreBuiltAheadFirst() {
    CheckContext ctx = Fixture.ctx("en", "ru");
    Validator v = Validator.standard();
    Story story = v.prepare(List.of(), ctx);
    java.util.Set<String> names = java.util.Set.of("names");
    List<Once<?>> transforms = new ArrayList<>(story.targetTools().transforms(true, names));
    transforms.addAll(story.sourceTools().transforms(false, names));
    assertEquals(3, transforms.size());
    List<Once<?>> pieces = v.pieces(ctx.source(), ctx.target(), ctx.glossary(), List.of());
    for (int i = 0; i < transforms.size(); i++) {
      assertSame(transforms.get(i), pieces.get(i), "piece " + i);
    }
    List<Once<?>> withoutNames = v.pieces(ctx.source(), ctx.target(), ctx.glossary(), List.of("names"));
    assertTrue(withoutNames.stream().noneMatch(transforms::contains));
  }

  private static boolean join(Thread t) {
    try {
      t.join(60_000);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    return !t.isAlive();
  }
}
