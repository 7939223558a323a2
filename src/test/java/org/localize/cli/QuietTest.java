package org.localize.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;

/** What {@code --quiet} leaves of merge's report: its errors and warnings, and the count of every finding. */
class QuietTest {
  @TempDir Path tmp;

  private static final Path EXAMPLE = TestFiles.EXAMPLES.resolve("pyongyang-visit");

  private Cli.Result merge(String... extra) {
    String[] args = {"merge", EXAMPLE.resolve("story.en.json").toString(), EXAMPLE.resolve("story.en-ru.xlf").toString(),
        "-o", tmp.resolve("story.ru.json").toString()};
    String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return Cli.run(all);
  }

  @Test
  void quietMergeLeavesOutTheNotesAndStillCountsThem() {
    Cli.Result loud = merge();
    Cli.Result quiet = merge("--quiet");
    assertEquals(0, loud.exit(), loud::toString);
    assertEquals(0, quiet.exit(), quiet::toString);
    assertTrue(loud.stderr().contains(": info: [names.unknown]"), loud::toString); // the example has notes
    assertFalse(quiet.stderr().contains(": info: "), quiet::toString);
    // every warning of the full report, in the same words, and the same count of all findings
    String summary = loud.stderr().lines().filter(l -> l.matches("\\d+ errors?, .*")).findFirst().orElseThrow();
    assertTrue(summary.matches("0 errors, [1-9]\\d* warnings?, [1-9]\\d* notes? in \\d+ strings?"), summary);
    assertTrue(quiet.stderr().lines().anyMatch(summary::equals), quiet::toString);
    loud.stderr().lines().filter(l -> l.contains(": warning: ")).forEach(w ->
        assertTrue(quiet.stderr().contains(w), () -> "quiet lost: " + w));
    assertFalse(quiet.stderr().contains("wrote"), quiet::toString);
  }
}
