package org.localize.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step of the release archive, not a command: {@code mvn package} runs it (exec-maven-plugin)
 * to write, from the same command model as the help, the man pages as AsciiDoc (picocli's
 * {@link ManPageGenerator}; asciidoctor turns them into troff) and the bash and zsh completion
 * scripts. picocli-codegen is on the build's class path only ({@code provided}): the CLI never
 * loads this class.
 *
 * <p>{@code java -cp ... org.localize.cli.Distribution OUTDIR} writes {@code OUTDIR/man-adoc/}
 * and {@code OUTDIR/completion/}.
 */
public final class Distribution {
  private Distribution() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    PrintStream none = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    CommandLine cli = Main.full(none, none);
    Path adoc = Files.createDirectories(out.resolve("man-adoc"));
    int rc = ManPageGenerator.generateManPage(adoc.toFile(), null, new boolean[0], true, cli.getCommandSpec());
    if (rc != 0) {
      throw new IllegalStateException("picocli's ManPageGenerator failed with exit code " + rc);
    }
    Path completion = Files.createDirectories(out.resolve("completion"));
    String script = CompletionCommand.script();
    Files.writeString(completion.resolve("localize.bash"), script, StandardCharsets.UTF_8);
    Files.writeString(completion.resolve("localize.zsh"), script, StandardCharsets.UTF_8);
  }
}
