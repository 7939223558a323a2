package org.localize.hardening;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted on a folder for one test: a disk that fills up, or a read-only file system
 * that even root cannot write to. Needs root (CI runs as root); elsewhere the test is skipped by an
 * assumption that says so.
 */
final class Tmpfs implements AutoCloseable {
  private final Path dir;

  private Tmpfs(Path dir) {
    this.dir = dir;
  }

  /** Mounts a tmpfs with {@code options} (such as {@code size=64k}) on the new folder {@code dir}. */
  static Tmpfs mount(Path dir, String options) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    int rc = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString());
    assumeTrue(rc == 0, "cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN); the test is skipped");
    return new Tmpfs(dir);
  }

  /** Remounts read-only. */
  void readOnly() throws IOException, InterruptedException {
    // remount in place: files written before stay readable
    if (run("mount", "-o", "remount,ro", dir.toString()) != 0) {
      throw new IllegalStateException("cannot remount " + dir + " read-only");
    }
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int run(String... command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      return -1; // no mount command
    }
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }

  @Override
  public void close() throws IOException {
    try {
      run("umount", dir.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
