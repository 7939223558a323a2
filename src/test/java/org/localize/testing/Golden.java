package org.localize.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison. Run {@code mvn test -Dgolden.update=true} to rewrite every expected file
 * from what the code produces now, then review the change with {@code git diff}.
 */
public final class Golden {
  /** Whether this run rewrites the expected files instead of comparing. */
  public static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  /**
   * Compares {@code actual} with the file {@code expected} (as text, so that a failure shows a
   * readable diff, and then as bytes), or writes it when updating.
   */
  public static void assertMatches(Path expected, byte[] actual) {
    if (UPDATE) {
      TestFiles.write(expected, actual);
      return;
    }
    if (!Files.exists(expected)) {
      throw new AssertionError(expected + " does not exist; create it with -Dgolden.update=true and review it");
    }
    byte[] want = TestFiles.read(expected);
    assertEquals(new String(want, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8),
        "output differs from " + expected + " (regenerate with -Dgolden.update=true if the change is intended)");
    assertEquals(java.util.HexFormat.of().formatHex(want), java.util.HexFormat.of().formatHex(actual),
        "bytes differ from " + expected);
  }
}
