package org.localize.bench.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The benchmark's runner: a crash or a job over its budget is an outcome, never the end of the run. */
class RunnerTest {
  @Test
  void outcomesKeepTheOrderOfTheJobsWhateverEachDoes() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    try {
      Callable<String> spins = () -> {
        long x = 0;
        while (!stop.get()) { // ignores interrupts, as a check does
          x++;
        }
        return "never counted " + x;
      };
      Callable<String> crashes = () -> {
        throw new IllegalStateException("boom");
      };
      List<Runner.Outcome<String>> out = new Runner(2, 0.2).run(List.of(() -> "a", crashes, spins, () -> "d"));
      assertEquals(4, out.size());
      assertEquals("a", out.get(0).value());
      assertFalse(out.get(0).slow());
      assertTrue(out.get(1).crash() instanceof IllegalStateException);
      assertTrue(out.get(2).slow(), "over its CPU budget: given up");
      assertNull(out.get(2).value());
      assertEquals("d", out.get(3).value(), "the run went on after the slow job");
    } finally {
      stop.set(true);
    }
  }
}
