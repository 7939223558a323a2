package org.localize.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.localize.io.AtomicFiles;

/** Where a command's result goes: a file written atomically, or standard output for {@code -o -}. */
final class Output {
  private Output() {}

  /** Reports the strings the profile selects but leaves as they are, so nobody takes them as translated. */
  static void notes(PrintStream err, org.localize.story.Extraction ex) {
    for (org.localize.diag.Problem p : ex.left()) {
      err.println("localize: note: " + p);
    }
  }

  /**
   * For the small JSON reports of tm stats and stats. In a holder: building an ObjectMapper (with
   * its date format, calendar and time-zone data) cost every extract about 30 ms of a cold start
   * when it was a field of this class.
   */
  static com.fasterxml.jackson.databind.ObjectMapper mapper() {
    return Json.MAPPER;
  }

  private static final class Json {
    static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
  }

  /** {@code node} as indented JSON with a final line break. */
  static String json(com.fasterxml.jackson.databind.JsonNode node) {
    try {
      return mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A --format of text or json (reports of stats and tm stats): whether it is json. */
  static boolean isJson(String format) {
    return switch (format.toLowerCase(java.util.Locale.ROOT)) {
      case "text" -> false;
      case "json" -> true;
      default -> throw org.localize.diag.LocalizeException.usage("--format: expected text or json, not '" + format + "'");
    };
  }

  static boolean isStdout(String option) {
    return "-".equals(option);
  }

  /** Writes {@code bytes} to {@code target} (atomically, flushed to disk), or to {@code stdout} when target is null. */
  static boolean write(Path target, byte[] bytes, PrintStream stdout, Path... inputs) {
    return write(target, bytes, stdout, null, inputs);
  }

  /**
   * Writes {@code bytes} to {@code target} with {@code files} (a batch's writer; null for a single
   * run's flushed write), or to {@code stdout} when target is null. Returns false when the target
   * already held these bytes and was left as it was.
   */
  static boolean write(Path target, byte[] bytes, PrintStream stdout, AtomicFiles files, Path... inputs) {
    if (target == null) {
      try {
        stdout.write(bytes);
        stdout.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return true;
    }
    return files == null ? AtomicFiles.write(target, bytes, inputs) : files.save(target, bytes, inputs);
  }

  /** The writer of a batch's outputs: atomic, and flushed to disk one by one only with --fsync. */
  static AtomicFiles forBatch(boolean fsync) {
    return AtomicFiles.forBatch(fsync ? AtomicFiles.Durability.SYNCED : AtomicFiles.Durability.ATOMIC);
  }
}
