package org.localize.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The steps of the pipeline through the command line, each asserting that it succeeded. */
public final class Steps {
  private Steps() {}

  /** Extracts {@code story} into {@code xliff} (checked against the strict schema) and returns its bytes. */
  public static byte[] extract(Path story, Path xliff, List<String> args) {
    List<String> all = new ArrayList<>(List.of("extract", story.toString(), "-o", xliff.toString()));
    all.addAll(args);
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    assertEquals(0, r.exit(), () -> "extract " + story + ": " + r);
    byte[] bytes = TestFiles.read(xliff);
    XliffSchema.assertValid(bytes, xliff.toString());
    return bytes;
  }

  /** Merges {@code xliff} into {@code story}, writing {@code out}, and returns the merged bytes. */
  public static byte[] merge(Path story, Path xliff, Path out, String... args) {
    List<String> all = new ArrayList<>(List.of("merge", story.toString(), xliff.toString(), "-o", out.toString()));
    all.addAll(List.of(args));
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    assertEquals(0, r.exit(), () -> "merge " + story + " " + xliff + ": " + r);
    return TestFiles.read(out);
  }

  /** Writes an XLIFF a test made, after checking it against the strict schema. */
  public static Path writeXliff(Path file, byte[] xliff) {
    XliffSchema.assertValid(xliff, file.toString());
    return TestFiles.write(file, xliff);
  }
}
