package org.localize.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.localize.io.AtomicFiles;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;

/**
 * {@code kill -9} in the middle of a merge: a real {@code localize merge} process on a big story,
 * killed the moment its temporary file appears (while it writes and fsyncs, before the move).
 * The inputs and the earlier output stay byte-identical, no partial output exists, and the
 * leftover temporary file is removed by the next merge once it is stale.
 */
class KillMidMergeTest {
  static final Path FIXTURES = TestFiles.TEST_RESOURCES.resolve("merge/cat-tool");

  @TempDir Path tmp;

  /** The test JVM's class path: surefire names it in a property (its own may be a manifest jar). */
  static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void killedMidWriteLeavesInputsAndEarlierOutputIntact() throws Exception {
    // The fixture story with 4 unknown strings of 8 MB: a 32 MB merge that takes a while to write.
    String text = TestFiles.readUtf8(FIXTURES.resolve("story.en.json"));
    StringBuilder big = new StringBuilder(text.substring(0, text.lastIndexOf('}'))).append(", \"archive\": [");
    String chunk = "x".repeat(8 * 1024 * 1024);
    for (int i = 0; i < 4; i++) {
      big.append(i == 0 ? "" : ", ").append('"').append(chunk).append('"');
    }
    big.append("]}\n");
    Path story = TestFiles.write(tmp.resolve("story.en.json"), big.toString());
    Path xliff = TestFiles.write(tmp.resolve("story.en-ru.xlf"), TestFiles.read(FIXTURES.resolve("plain.en-ru.xlf")));
    Path out = TestFiles.write(tmp.resolve("story.ru.json"), "EARLIER OUTPUT");
    byte[] storyBytes = TestFiles.read(story);
    byte[] xliffBytes = TestFiles.read(xliff);
    String prefix = ".story.ru.json.";
    Path reference = tmp.resolve("reference").resolve("story.ru.json");
    Files.createDirectories(reference.getParent());
    assertEquals(0, Cli.run("merge", story.toString(), xliff.toString(), "-o", reference.toString()).exit());
    byte[] whole = TestFiles.read(reference);

    int killedMidWrite = 0;
    List<String> outcomes = new ArrayList<>();
    for (int run = 0; run < 5 && killedMidWrite < 2; run++) {
      Process p = new ProcessBuilder(javaBin(), "-Xmx512m", "-cp", classPath(), "org.localize.cli.Main",
          "merge", story.toString(), xliff.toString(), "-o", out.toString())
          .redirectErrorStream(true).redirectOutput(tmp.resolve("run.log").toFile()).start();
      boolean sawTemp = false;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (p.isAlive() && System.nanoTime() < deadline) {
        if (temps(tmp, prefix).stream().anyMatch(n -> !known(n, outcomes))) {
          sawTemp = true;
          break;
        }
        Thread.onSpinWait();
      }
      p.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      assertArrayEquals(storyBytes, TestFiles.read(story), "the story is untouched");
      assertArrayEquals(xliffBytes, TestFiles.read(xliff), "the XLIFF is untouched");
      byte[] now = TestFiles.read(out);
      boolean earlier = Arrays.equals("EARLIER OUTPUT".getBytes(StandardCharsets.US_ASCII), now);
      assertTrue(earlier || Arrays.equals(whole, now), "the output is the earlier one or the whole merge, never part of one");
      if (sawTemp && earlier) {
        killedMidWrite++;
      }
      outcomes.add("run " + run + ": temp seen " + sawTemp + ", output " + (earlier ? "earlier" : "complete")
          + ", exit " + p.exitValue() + ", leftovers " + temps(tmp, prefix));
      if (!earlier) {
        TestFiles.write(out, "EARLIER OUTPUT"); // the move won the race: start over
      }
    }
    System.out.println("kill -9 mid-merge: " + String.join("; ", outcomes));
    assertTrue(killedMidWrite >= 1, "at least one run was killed between writing the temp file and moving it: " + outcomes);

    // The leftovers are hidden temp files named after the target; once stale, the next merge removes them.
    List<String> left = temps(tmp, prefix);
    assertFalse(left.isEmpty(), "a kill mid-write leaves its temp file: " + left);
    for (String n : left) {
      Files.setLastModifiedTime(tmp.resolve(n), FileTime.from(Instant.now().minus(AtomicFiles.STALE).minusSeconds(1)));
    }
    Cli.Result r = Cli.run("merge", story.toString(), xliff.toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals(List.of(), temps(tmp, prefix), "stale leftovers removed");
    assertArrayEquals(whole, TestFiles.read(out));
  }

  private static boolean known(String name, List<String> outcomes) {
    return outcomes.stream().anyMatch(o -> o.contains(name));
  }

  static List<String> temps(Path dir, String prefix) {
    return TestFiles.names(dir).stream().filter(n -> n.startsWith(prefix) && n.endsWith(".tmp")).toList();
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
