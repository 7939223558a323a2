package org.localize.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small file helpers for tests: bytes in and out, and what a folder holds. */
public final class TestFiles {
  /** The project's root folder (Maven runs tests there). */
  public static final Path PROJECT = Path.of("").toAbsolutePath();
  public static final Path TEST_RESOURCES = PROJECT.resolve("src/test/resources");
  public static final Path EXAMPLES = PROJECT.resolve("examples");

  private TestFiles() {}

  public static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String readUtf8(Path p) {
    return new String(read(p), StandardCharsets.UTF_8);
  }

  public static Path write(Path p, byte[] bytes) {
    try {
      Files.createDirectories(p.toAbsolutePath().getParent());
      return Files.write(p, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path write(Path p, String utf8) {
    return write(p, utf8.getBytes(StandardCharsets.UTF_8));
  }

  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The names in {@code dir}, hidden temporary files included, sorted. */
  public static List<String> names(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that {@code dir} holds exactly {@code expected} (so no output and no leftover temp file). */
  public static void assertFolderHolds(Path dir, String... expected) {
    assertEquals(Stream.of(expected).sorted().collect(Collectors.toList()), names(dir),
        "files in " + dir);
  }

  /** {@code s} with LF line ends turned into CRLF. */
  public static String crlf(String s) {
    return s.replace("\r\n", "\n").replace("\n", "\r\n");
  }

  /** {@code bytes} with a UTF-8 byte order mark in front. */
  public static byte[] withBom(byte[] bytes) {
    byte[] out = new byte[bytes.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, out, 3, bytes.length);
    return out;
  }
}
