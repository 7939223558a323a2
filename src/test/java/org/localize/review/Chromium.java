package org.localize.review;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium as a subprocess, started the way this project's machines need it: no sandbox
 * (tests run as root), no GPU, no first-run, background networking, component updates or sync (on a
 * closed network these only fail), and a new empty profile for every run.
 *
 * <p>Without Chromium the browser tests are skipped with a reason, except on CI ({@code CI=true}),
 * where they fail: a review page that was never rendered must not count as tested.
 */
final class Chromium {
  static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars");

  /** What one run printed, and how long it took from start to exit. */
  record Run(int exit, String stdout, String stderr, long millis) {}

  private Chromium() {}

  /** The browser: $LOCALIZE_CHROMIUM, else chromium or chromium-browser on the PATH (Debian: /usr/bin/chromium). */
  static Path find() {
    String given = System.getenv("LOCALIZE_CHROMIUM");
    if (given != null && !given.isBlank()) {
      return Files.isExecutable(Path.of(given)) ? Path.of(given) : null;
    }
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  /** The browser, or the test is skipped (outside CI) or failed (CI=true) with how to install it. */
  static Path require() {
    Path p = find();
    String reason = "headless Chromium is needed to render the review page: apt-get install chromium "
        + "(or set LOCALIZE_CHROMIUM to its path)";
    if (p == null) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but " + reason);
      }
      Assumptions.assumeTrue(false, reason);
    }
    return p;
  }

  /**
   * Runs the browser on {@code url} with {@code extra} flags, in a fresh profile under {@code work};
   * kills it (and only it, with its children) after {@code timeoutSeconds}.
   */
  static Run run(Path work, String url, List<String> extra, int timeoutSeconds) {
    Path exe = require();
    try {
      Path profile = Files.createTempDirectory(work, "chromium-profile-");
      Path out = work.resolve(profile.getFileName() + ".out");
      Path err = work.resolve(profile.getFileName() + ".err");
      List<String> cmd = new ArrayList<>();
      cmd.add(exe.toString());
      cmd.addAll(FLAGS);
      cmd.add("--user-data-dir=" + profile);
      cmd.addAll(extra);
      cmd.add(url);
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        fail("Chromium did not finish within " + timeoutSeconds + " s: " + String.join(" ", cmd));
      }
      long millis = (System.nanoTime() - t0) / 1_000_000;
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8), millis);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
