package org.localize.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run of bin/localize's class-data-sharing archive: extract, merge and validate the
 * example story once, so the archive holds the classes of all three commands (not only those of the
 * command that happened to run first). Not a command; {@code java -XX:ArchiveClassesAtExit=...
 * -cp localize.jar org.localize.cli.Training EXAMPLE_DIR}.
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) throws IOException {
    Path example = Path.of(args[0]);
    Path tmp = Files.createTempDirectory("localize-training");
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    try {
      String story = example.resolve("story.en.json").toString();
      Main.run(new String[] {"extract", story, "--target", "ru", "-o", tmp.resolve("x.xlf").toString()}, quiet, quiet);
      Main.run(new String[] {"merge", story, example.resolve("story.en-ru.xlf").toString(), "-o",
          tmp.resolve("x.ru.json").toString()}, quiet, quiet);
      Main.run(new String[] {"validate", example.resolve("damaged.ru.json").toString(), "--source", story}, quiet, quiet);
    } finally {
      try (var s = Files.list(tmp)) {
        for (Path p : s.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(tmp);
    }
  }
}
