package org.localize.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.localize.testing.Cli;

/**
 * What every refusal of hostile or broken input must look like: the documented exit code, one
 * message naming the file (and the place), no stack trace and no library log line, nothing on
 * standard output, and a folder that holds exactly what it held before.
 */
final class Refusal {
  /** A line of a Java stack trace, or a log line of a library. */
  private static final Pattern TRACE =
      Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|^Caused by: |Exception:|^\\[main\\] (ERROR|WARN)");

  private Refusal() {}

  /** Asserts that {@code r} is a clean refusal with {@code exit} whose stderr holds every fragment. */
  static void assertRefused(Cli.Result r, int exit, String... fragments) {
    assertEquals(exit, r.exit(), r::toString);
    for (String f : fragments) {
      assertTrue(r.stderr().contains(f), () -> "stderr should contain \"" + f + "\":\n" + r.stderr());
    }
    assertTrue(r.stderr().startsWith("localize: "), () -> "a localize message:\n" + r.stderr());
    assertFalse(TRACE.matcher(r.stderr()).find(), () -> "no stack trace or log line:\n" + r.stderr());
    assertEquals(0, r.stdoutBytes().length, "nothing on stdout");
  }

  /** Every file under {@code dir}, hidden ones included, as relative names, sorted. */
  static List<String> tree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that no file under {@code dir}, and neither stream of {@code r}, contains {@code secret}. */
  static void assertNoLeak(Cli.Result r, Path dir, String secret, Path... exempt) {
    assertFalse(r.stderr().contains(secret), "the secret is not in stderr");
    assertFalse(r.stdout().contains(secret), "the secret is not in stdout");
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        if (List.of(exempt).contains(p)) {
          continue;
        }
        String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        assertFalse(text.contains(secret), "the secret leaked into " + p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parts one after another: a hostile input with invalid bytes between pieces of text. */
  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
