package org.localize.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The case folders of one golden-file suite ({@code src/test/resources/golden/<command>/<case>/}),
 * and the orphan check: a folder without its input or expected output, or a file no case owns,
 * is a mistake that must fail the build rather than be skipped silently.
 */
public final class GoldenCases {
  private GoldenCases() {}

  /** The case folders under {@code golden/<command>}, sorted by name. */
  public static List<Path> of(String command) {
    Path root = TestFiles.TEST_RESOURCES.resolve("golden").resolve(command);
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What is wrong with the layout of {@code golden/<command>}: files outside case folders, case
   * folders without every one of {@code required} (unless updating, when the expected files are about
   * to be written), and files that are neither required nor {@code optional}.
   */
  public static List<String> orphans(String command, Set<String> required, Set<String> optional, boolean updating,
      Set<String> generated) {
    Path root = TestFiles.TEST_RESOURCES.resolve("golden").resolve(command);
    List<String> problems = new ArrayList<>();
    try (Stream<Path> s = Files.list(root)) {
      for (Path p : s.sorted().toList()) {
        if (!Files.isDirectory(p)) {
          problems.add(p + ": a file outside any case folder");
          continue;
        }
        for (String r : required) {
          if (!Files.exists(p.resolve(r)) && !(updating && generated.contains(r))) {
            problems.add(p + ": the case has no " + r);
          }
        }
        for (String name : TestFiles.names(p)) {
          if (!required.contains(name) && !optional.contains(name)) {
            problems.add(p.resolve(name) + ": no case uses this file");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  /** The extra arguments of a case: one per non-empty line of its {@code args} file. */
  public static List<String> args(Path caseDir) {
    Path file = caseDir.resolve("args");
    if (!Files.exists(file)) {
      return List.of();
    }
    return TestFiles.readUtf8(file).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
