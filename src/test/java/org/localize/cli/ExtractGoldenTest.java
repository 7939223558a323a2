package org.localize.cli;

/*
 * Golden files for `localize extract`.
 *
 * Each folder under src/test/resources/golden/extract/<case>/ holds story.json, optionally an args
 * file (extra command-line arguments, one per line; without --target the case extracts into ru),
 * and expected.xlf, the XLIFF the command must print. Cases are found automatically.
 *
 * To regenerate every expected file after an intended change, run
 *
 *     mvn -o test -Dgolden.update=true
 *
 * and review the result with `git diff src/test/resources/golden` before committing.
 */

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.localize.testing.Cli;
import org.localize.testing.Golden;
import org.localize.testing.GoldenCases;
import org.localize.testing.TestFiles;
import org.localize.testing.XliffSchema;

class ExtractGoldenTest {
  static final String STORY = "story.json";
  static final String EXPECTED = "expected.xlf";

  /** The command line of a case: the story, stdout as output, ru unless the case names a target. */
  static List<String> commandLine(Path caseDir) {
    List<String> extra = GoldenCases.args(caseDir);
    List<String> args = new ArrayList<>(List.of("extract", caseDir.resolve(STORY).toString(), "-o", "-"));
    if (!extra.contains("--target") && !extra.contains("-t")) {
      args.addAll(List.of("--target", "ru"));
    }
    args.addAll(extra);
    return args;
  }

  @TestFactory
  Stream<DynamicTest> extractMatchesTheGoldenXliff() {
    return GoldenCases.of("extract").stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      Cli.Result r = Cli.run(commandLine(dir).toArray(String[]::new));
      assertEquals(0, r.exit(), r::toString);
      assertEquals("", r.stderr(), "nothing on stderr when the XLIFF goes to stdout");
      XliffSchema.assertValid(r.stdoutBytes(), dir.getFileName() + " output");
      Golden.assertMatches(dir.resolve(EXPECTED), withoutVersion(r.stdoutBytes()));
    }));
  }

  /** The tool version is written into every file; a release must not change the golden files. */
  static byte[] withoutVersion(byte[] xliff) {
    String s = new String(xliff, java.nio.charset.StandardCharsets.UTF_8);
    String marker = "tool-version=\"" + org.localize.Version.VERSION + "\"";
    assertTrue(s.contains(marker), "the XLIFF names the tool version");
    return s.replace(marker, "tool-version=\"VERSION\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void everyGoldenFileBelongsToACase() {
    List<String> problems = GoldenCases.orphans(
        "extract", Set.of(STORY, EXPECTED), Set.of("args"), Golden.UPDATE, Set.of(EXPECTED));
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void theExampleCaseIsACopyOfTheExampleStory() {
    assertEquals(
        TestFiles.readUtf8(TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en.json")),
        TestFiles.readUtf8(TestFiles.TEST_RESOURCES.resolve("golden/extract/example-pyongyang-visit/story.json")));
  }
}
