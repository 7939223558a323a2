package org.localize.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.localize.cli.Main;

/** Runs the command line in this JVM with captured standard output and error. */
public final class Cli {
  private Cli() {}

  /** What one run printed and returned. */
  public record Result(int exit, byte[] stdoutBytes, String stderr) {
    public String stdout() {
      return new String(stdoutBytes, StandardCharsets.UTF_8);
    }

    /** Everything printed, for messages of failed assertions. */
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + stdout() + "\n--- stderr\n" + stderr;
    }
  }

  /** Runs with nothing on standard input (as from /dev/null). */
  public static Result run(String... args) {
    return runWithInput(new byte[0], args);
  }

  /** Runs with {@code stdin} as standard input. */
  public static Result runWithInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.run(args, new java.io.ByteArrayInputStream(stdin), o, e);
    }
    return new Result(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }
}
