package org.localize.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CAT and localization tools of the interop tests. A tool that is not installed skips its
 * test with the package to install; in CI ({@code CI=true}, as .ci/run is run) it fails instead,
 * because .ci/run installs them and an interop test skipped there proves nothing.
 */
public final class Tools {
  private Tools() {}

  /** What a tool run printed and returned. */
  public record Run(int exit, String output) {}

  /** Skips (or in CI fails) unless {@code file} exists; {@code pkg} is the Debian package. */
  public static void require(Path file, String pkg) {
    if (Files.exists(file)) {
      return;
    }
    String why = file + " is not installed: apt-get install " + pkg + " (.ci/run does)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("interop test cannot run in CI: " + why);
    }
    assumeTrue(false, why);
  }

  /** Runs {@code command} in {@code dir}, without DISPLAY, and returns its exit code and output. */
  public static Run run(Path dir, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().remove("DISPLAY");
    Path log = Files.createTempFile(dir, "tool", ".log");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail(command.get(0) + " did not finish in 5 minutes");
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Run(p.exitValue(), out);
  }

  /** The java of this JVM. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
