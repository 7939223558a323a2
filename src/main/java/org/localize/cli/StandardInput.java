package org.localize.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.localize.diag.LocalizeException;
import org.localize.io.InputFiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * Standard input as one of a command's files (issue 17): "-" names it wherever a command reads one
 * file (a story, a translated XLIFF, a memory, a glossary), and it is read once, under the same
 * size cap as the file it stands for ({@link InputFiles}).
 *
 * <p>Before a command runs, {@link #checkArguments} refuses (exit 2) a command line that gives "-"
 * for two inputs (standard input cannot be read twice), or for an option that does not read it
 * (a memory that merge updates, a folder of locale data, a profile): such a "-" would otherwise be
 * a file named "-". An output option's "-" ({@code -o -}, {@code --annotate -}) is standard output
 * and is the command's own business.
 */
final class StandardInput {
  /** What standard input is called in messages ({@code <stdin>:12:5 (/headline): ...}). */
  static final String NAME = "<stdin>";

  /** Options whose "-" is standard output. */
  private static final Set<String> OUTPUTS = Set.of("--output", "--annotate");

  /** Options that read "-" as standard input where their values are strings (not paths). */
  private static final Set<String> READERS = Set.of("--source", "--glossary", "--tm");

  private final InputStream in;
  private String readAs;

  StandardInput(InputStream in) {
    this.in = in;
  }

  /** Whether a command-line value names standard input (or, for an output, standard output). */
  static boolean is(String arg) {
    return "-".equals(arg);
  }

  /**
   * The bytes of standard input, read as {@code role} ("the story"); {@code what}, {@code maxBytes}
   * and {@code tooLarge} as for {@link InputFiles#read(Path, String, long, String)}. A second read
   * is a usage error (the arguments are checked before, so this is the last net).
   */
  synchronized byte[] read(String role, String what, long maxBytes, String tooLarge) {
    if (readAs != null) {
      throw LocalizeException.usage("standard input (-) is read only once, and it was read as " + readAs
          + "; give " + role + " as a file");
    }
    readAs = role;
    return InputFiles.read(in, NAME, what, maxBytes, tooLarge);
  }

  /**
   * Refuses, before the command runs, a "-" given to two inputs, or to an option that does not read
   * standard input. Help and version requests are left to picocli.
   */
  static void checkArguments(ParseResult parsed) {
    ParseResult last = parsed;
    while (true) {
      if (last.isUsageHelpRequested() || last.isVersionHelpRequested()) {
        return;
      }
      if (!last.hasSubcommand()) {
        break;
      }
      last = last.subcommand();
    }
    String command = last.commandSpec().name();
    if (command.equals("completion") || command.equals("help")) {
      return;
    }
    List<String> readers = new ArrayList<>();
    for (ArgSpec a : last.matchedArgs()) {
      List<String> values = a.originalStringValues();
      if (values.stream().noneMatch(StandardInput::is)) {
        continue;
      }
      if (a instanceof PositionalParamSpec p) { // merge's "STORY.json TRANSLATED.xlf": each value its own label
        String[] labels = p.paramLabel().split(" ");
        for (int i = 0; i < values.size(); i++) {
          if (is(values.get(i))) {
            readers.add(labels[Math.min(i, labels.length - 1)]);
          }
        }
        continue;
      }
      long dashes = values.stream().filter(StandardInput::is).count();
      String name = ((OptionSpec) a).longestName();
      if (a instanceof OptionSpec o) {
        if (OUTPUTS.contains(o.longestName())) {
          continue;
        }
        if (!isFile(o)) {
          continue; // a locale, a check, a format: the option's own checks say what is wrong with "-"
        }
        if (!READERS.contains(o.longestName()) || isPath(a)) {
          throw new CommandLine.ParameterException(last.commandSpec().commandLine(), name
              + ": '-' (standard input) is not read here; give a file" + (o.longestName().equals("--tm")
                  ? " (a memory that a command adds to, or reads for a batch, is a file)" : ""));
        }
      }
      for (long i = 0; i < dashes; i++) {
        readers.add(name);
      }
    }
    if (readers.size() > 1) {
      List<String> distinct = readers.stream().distinct().toList();
      throw new CommandLine.ParameterException(last.commandSpec().commandLine(), "standard input (-) can be read only once, but "
          + (distinct.size() == 1 ? "'-' is given " + readers.size() + " times as " + distinct.get(0)
              : String.join(" and ", distinct) + (distinct.size() == 2 ? " are both" : " are all") + " '-'")
          + ": give all but one of them as files");
    }
  }

  /** Whether an option names a file or folder: a path, or a label such as FILE, DIR, OLD.xlf, NAME|FILE. */
  private static boolean isFile(OptionSpec o) {
    String label = o.paramLabel();
    return isPath(o) || label.contains("FILE") || label.contains("DIR") || label.contains(".");
  }

  private static boolean isPath(ArgSpec a) {
    return a.type() == Path.class || Arrays.asList(a.auxiliaryTypes()).contains(Path.class);
  }
}
