package org.localize.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;
import org.localize.unit.TextPair;

/** Prints stories per second for the example (en→ru, all checks) on all cores; runs only with -Dlocalize.bench=true. */
class ThroughputTest {

  @Test
  void storiesPerSecond() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("localize.bench"));
    List<TextPair> story = Fixture.story();
    CheckContext ctx = Fixture.enRu();
    for (int i = 0; i < 2000; i++) {
      Fixture.VALIDATOR.validate(story, ctx);
    }
    int threads = Runtime.getRuntime().availableProcessors();
    int perThread = 2000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<Integer>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        int n = 0;
        for (int i = 0; i < perThread; i++) {
          List<Finding> f = Fixture.VALIDATOR.validate(story, ctx);
          n += f.size();
        }
        return n;
      }));
    }
    for (Future<Integer> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    System.out.printf("validate: %d stories of %d units on %d threads in %.2f s = %.0f stories/s%n",
        threads * perThread, story.size(), threads, seconds, threads * perThread / seconds);
  }
}
