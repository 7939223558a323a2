package org.localize.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.localize.Version;
import org.localize.diag.LocalizeException;
import org.localize.diag.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code localize} command line: a thin layer over {@link org.localize.Localizer}. */
@Command(
    name = "localize",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    header = "Publish a news story in several languages.",
    description = "Publish a news story in several languages: story JSON to XLIFF for translators and back, with checks of names, dates, numbers and typography per locale. Each command tells more with --help, and in its man page (man localize-extract) where the man pages are installed.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:findings at or above --fail-on, or merge refused to write",
      "2:usage error (no or unknown command or option, bad locale, output equal to an input)",
      "3:unreadable or invalid input (malformed JSON or XLIFF, stale XLIFF, I/O error)"
    })
public final class Main implements java.util.concurrent.Callable<Integer> {
  /** Exit codes, as documented in the help footer and docs/exit-codes.md. */
  static final int OK = 0;
  static final int REFUSED = 1;
  static final int USAGE = 2;
  static final int INPUT = 3;

  /** The description of every command's --quiet. */
  static final String QUIET = "print only errors and warnings (no progress bar, notes or 'wrote FILE' lines)";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * The streams of this run; subcommands write data (XLIFF, JSON) as bytes to {@code out}, and read
   * "-" from {@code in}, once.
   */
  final StandardInput in;
  final PrintStream out;
  final PrintStream err;

  Main(InputStream in, PrintStream out, PrintStream err) {
    this.in = new StandardInput(in);
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** Runs the command line with this process's standard input and returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /** Runs the command line and returns the exit code; only {@link #main} exits. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new Main(in, out, err));
    addSubcommands(cli, args);
    layout(cli);
    cli.setExecutionStrategy(parsed -> {
      StandardInput.checkArguments(parsed); // "-" read at most once, and only where it can be
      return new CommandLine.RunLast().execute(parsed);
    });
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(errWriter);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof LocalizeException le) {
        for (Problem p : le.problems()) {
          errWriter.println("localize: " + p);
        }
        return le.kind().exitCode();
      }
      errWriter.println("localize: " + unexpected(e));
      return INPUT;
    });
    cli.setParameterExceptionHandler((e, a) -> {
      errWriter.println("localize: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, errWriter);
      errWriter.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      return USAGE;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // no input may print a stack trace (issue 15); the parsers are bounded, this is the last net
      errWriter.println("localize: " + unexpected(e));
      code = INPUT;
    }
    errWriter.flush();
    return code;
  }

  /**
   * The one line printed for a failure no check foresaw: what it was, and that it is a bug to
   * report, never a stack trace. Exit code 3, as for input that cannot be read.
   */
  static String unexpected(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "ran out of memory; the input is larger than this Java heap can hold"
          + " (give more with JAVA_TOOL_OPTIONS=-Xmx4g, or split the input)";
    }
    String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
    return "internal error (" + what + "); no file was left half-written. This is a bug: please report it with the"
        + " command and the input that caused it";
  }

  /**
   * The subcommands, in the order help lists them. Picocli builds a command's model by reflection
   * when it is added, which was a third of a cold start; a run that names a known subcommand gets
   * only that one, any other run (help, a typo, no arguments) gets all of them. A switch rather
   * than a map of constructor references: each reference was an invokedynamic call site to link
   * at start-up.
   */
  private static final String[] SUBCOMMANDS = {
    "extract", "merge", "validate", "review", "checks", "names", "glossary", "tm", "stats", "pseudo", "completion", "help"
  };

  private static Object subcommand(String name) {
    return switch (name) {
      case "extract" -> new ExtractCommand();
      case "merge" -> new MergeCommand();
      case "validate" -> new ValidateCommand();
      case "review" -> new ReviewCommand();
      case "checks" -> new ChecksCommand();
      case "names" -> new NamesCommand();
      case "glossary" -> new GlossaryCommand();
      case "tm" -> new TmCommand();
      case "stats" -> new StatsCommand();
      case "pseudo" -> new PseudoCommand();
      case "completion" -> new CompletionCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> null;
    };
  }

  private static void addSubcommands(CommandLine cli, String[] args) {
    String first = args.length > 0 ? args[0] : null;
    Object named = first == null || first.equals("help") ? null : subcommand(first);
    if (named != null) {
      cli.addSubcommand(first, named);
      return;
    }
    for (String name : SUBCOMMANDS) {
      cli.addSubcommand(name, subcommand(name));
    }
  }

  /**
   * The whole command line, every subcommand and the help layout: for the shell completion
   * scripts and the man pages, which describe all of it.
   */
  public static CommandLine full(PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new Main(InputStream.nullInputStream(), out, err));
    addSubcommands(cli, new String[0]);
    layout(cli);
    return cli;
  }

  /**
   * The help layout of every command: "Usage:" with a short synopsis first, then the description
   * (paragraphs that picocli wraps, never lines broken by hand), then the arguments and options
   * under their own headings. A command's {@code header} is its one-line summary in the list of
   * commands and in the man page's NAME, and is not repeated above its usage.
   */
  static void layout(CommandLine cli) {
    if (cli.getCommandSpec().parent() == null) {
      cli.setResourceBundle(new StandardOptions()); // the whole tree, in the words of the other options
    }
    CommandLine.Model.UsageMessageSpec u = cli.getCommandSpec().usageMessage();
    u.abbreviateSynopsis(cli.getCommandSpec().parent() != null)
        .synopsisHeading("Usage: ")
        .descriptionHeading("%n")
        .parameterListHeading("%nArguments:%n")
        .optionListHeading("%nOptions:%n")
        .commandListHeading("%nCommands:%n");
    java.util.List<String> keys = new java.util.ArrayList<>(cli.getHelpSectionKeys());
    keys.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER_HEADING);
    keys.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER);
    cli.setHelpSectionKeys(keys);
    if (cli.getCommand() instanceof CommandLine.HelpCommand) { // picocli's words start with blank lines
      u.header("Print the help of localize or of one of its commands.");
      u.description("With no COMMAND, the help of localize itself; with one, that command's help (the same as 'localize COMMAND --help').");
    }
    for (CommandLine sub : cli.getSubcommands().values()) {
      layout(sub);
    }
  }

  /** picocli's -h and -V, described as every other option is: lower case, no full stop. */
  static final class StandardOptions extends java.util.ListResourceBundle {
    @Override
    protected Object[][] getContents() {
      return new Object[][] {
        {"mixinStandardHelpOptions.help", "show this help and exit"},
        {"mixinStandardHelpOptions.version", "print the version and exit"},
        {"helpCommand.help", "show this help and exit"},
        {"helpCommand.command", "the command whose help to show"}
      };
    }
  }

  /** The description of every command's --profile. */
  static final String PROFILE = "the story format (default: detected): a built-in profile name, a profile file, or a folder of profile files to detect among before the built-in ones";

  static final String DUPLICATE_KEYS = "read a story whose objects repeat a key as JSON parsers do: the last one counts; the earlier ones are kept as they are, untranslated";

  /** {@code 1 story}, {@code 2 stories}: a count with its noun in the right number. */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** Without a command: the usage, on standard error, and exit code 2 (as for any usage error). */
  @Override
  public Integer call() {
    return usage(spec);
  }

  /**
   * A command that needs a subcommand or arguments and got none ({@code localize}, {@code localize
   * tm}): its usage, on standard error, and exit code 2.
   */
  int usage(CommandLine.Model.CommandSpec command) {
    command.commandLine().usage(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    return USAGE;
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"localize " + Version.VERSION};
    }
  }
}
