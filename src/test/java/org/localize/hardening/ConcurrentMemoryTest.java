package org.localize.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.localize.io.Locks;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;
import org.localize.tm.Tmx;

/**
 * One memory, several runs at the same time (issue 15, case 1: two merge --tm runs on one memory
 * lost one story's units in 9 of 20 runs). Each run locks the memory and reads it again under the
 * lock, so every run's translations land: with threads of one process and with real processes.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ConcurrentMemoryTest {
  static final Path FIXTURES = TestFiles.TEST_RESOURCES.resolve("merge/cat-tool");
  /** Translations per story of the fixture that go into a memory. */
  static final int PER_STORY = 7;

  @TempDir Path tmp;
  Path memory;

  @BeforeEach
  void setUp() {
    memory = tmp.resolve("memory.tmx");
  }

  /** Story {@code n}: the fixture with its own id and headline, and its translation. */
  Path[] story(int n) {
    String json = TestFiles.readUtf8(FIXTURES.resolve("story.en.json")).replace("cat-tool-story", "story-" + n)
        .replace("Mayor says", "Mayor " + n + " says");
    String xlf = TestFiles.readUtf8(FIXTURES.resolve("plain.en-ru.xlf")).replace("cat-tool-story", "story-" + n)
        .replace("Mayor says", "Mayor " + n + " says").replace("Мэр сказал", "Мэр " + n + " сказал");
    Path dir = tmp.resolve("s" + n);
    return new Path[] {TestFiles.write(dir.resolve("story.en.json"), json), TestFiles.write(dir.resolve("story.en-ru.xlf"), xlf)};
  }

  String[] merge(Path[] s) {
    return new String[] {"merge", s[0].toString(), s[1].toString(), "--tm", memory.toString(), "--no-checks", "--quiet"};
  }

  @Test
  void eightThreadsMergingIntoOneMemoryAllLand() throws Exception {
    int n = 8;
    List<Path[]> stories = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      stories.add(story(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      for (int round = 0; round < 3; round++) {
        Files.deleteIfExists(memory);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Cli.Result>> runs = new ArrayList<>();
        for (Path[] s : stories) {
          runs.add(pool.submit(() -> {
            start.await();
            return Cli.run(merge(s));
          }));
        }
        start.countDown();
        for (Future<Cli.Result> f : runs) {
          Cli.Result r = f.get();
          assertEquals(0, r.exit(), r::toString);
        }
        // the fixture's units differ from story to story only by the headline; the rest is shared
        assertEquals(n + PER_STORY - 1, Tmx.read(memory).size(), "round " + round + ": every story's headline landed");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoProcessesMergingIntoOneMemoryBothLand() throws Exception {
    Path[] a = story(1);
    Path[] b = story(2);
    for (int round = 0; round < 5; round++) {
      Files.deleteIfExists(memory);
      Process pa = process(merge(a));
      Process pb = process(merge(b));
      assertEquals(0, wait(pa), "round " + round);
      assertEquals(0, wait(pb), "round " + round);
      assertEquals(PER_STORY + 1, Tmx.read(memory).size(), "round " + round + ": both stories' translations are in the memory");
    }
  }

  @Test
  void aMergeAndAnImportAtTheSameTimeBothLand() throws Exception {
    Path[] a = story(1);
    Path[] b = story(2);
    for (int round = 0; round < 3; round++) {
      Files.deleteIfExists(memory);
      Process pa = process(merge(a));
      Process pb = process("tm", "import", b[1].toString(), "--tm", memory.toString());
      assertEquals(0, wait(pa), "round " + round);
      assertEquals(0, wait(pb), "round " + round);
      // the import reads the XLIFF's codes without their data: its coded units are entries of their own
      assertTrue(Tmx.read(memory).size() >= PER_STORY + 1 + 1, "round " + round + ": " + Tmx.read(memory).size());
      assertTrue(TestFiles.readUtf8(memory).contains("Мэр 1 сказал") && TestFiles.readUtf8(memory).contains("Мэр 2 сказал"));
    }
  }

  /** A run that holds the lock makes another wait, not fail; the lock file stays, hidden, beside the memory. */
  @Test
  void aHeldLockMakesTheNextRunWait() throws Exception {
    Path[] a = story(1);
    Cli.Result first = Cli.run(merge(a));
    assertEquals(0, first.exit(), first::toString);
    assertTrue(Files.exists(tmp.resolve(".memory.tmx.lock")));
    Future<Cli.Result> second;
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Locks.Held held = Locks.exclusive(memory, "the memory")) {
      second = pool.submit(() -> Cli.run(merge(story(2))));
      Thread.sleep(500);
      assertTrue(!second.isDone(), "the second run waits for the lock");
    }
    Cli.Result r = second.get(60, TimeUnit.SECONDS);
    pool.shutdownNow();
    assertEquals(0, r.exit(), r::toString);
    assertEquals(PER_STORY + 1, Tmx.read(memory).size());
  }

  Process process(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(KillMidMergeTest.javaBin(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
        KillMidMergeTest.classPath(), "org.localize.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("run-" + System.nanoTime() + ".log").toFile()).start();
  }

  static int wait(Process p) throws Exception {
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ends");
    return p.exitValue();
  }
}
