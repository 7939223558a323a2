package org.localize.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;
import picocli.CommandLine;

/**
 * What a Unix user expects of a command line: usage on standard error and exit 2 without a
 * command, --quiet on every command, a progress bar only where standard error is a terminal, help
 * that starts with "Usage:" and wraps its own paragraphs, counts with the right noun, and a
 * completion script for bash and zsh.
 */
class UnixMannersTest {
  @TempDir Path tmp;

  @Test
  void noArgumentsPrintsUsageOnStandardErrorAndExits2() {
    Cli.Result r = Cli.run();
    assertEquals(2, r.exit(), r::toString);
    assertEquals("", r.stdout());
    assertTrue(r.stderr().startsWith("Usage: localize"), r::toString);
    assertTrue(r.stderr().contains("extract"), r::toString);

    Cli.Result tm = Cli.run("tm");
    assertEquals(2, tm.exit(), tm::toString);
    assertEquals("", tm.stdout());
    assertTrue(tm.stderr().startsWith("Usage: localize tm"), tm::toString);
  }

  @Test
  void helpAsked_forGoesToStandardOutputWithExit0() {
    Cli.Result r = Cli.run("--help");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stdout().startsWith("Usage: localize"), r::toString);
    assertTrue(r.stdout().contains("Exit codes:"), r::toString);
    assertEquals("", r.stderr());
  }

  /** Every command, subcommands of tm included. */
  static List<CommandLine> commands() {
    PrintStream none = new PrintStream(OutputStream.nullOutputStream());
    List<CommandLine> all = new ArrayList<>();
    collect(Main.full(none, none), all);
    return all;
  }

  private static void collect(CommandLine c, List<CommandLine> into) {
    into.add(c);
    c.getSubcommands().values().forEach(s -> collect(s, into));
  }

  @Test
  void everyCommandTakesQuiet() {
    for (CommandLine c : commands()) {
      if (c.getCommandSpec().parent() == null || c.getCommandName().equals("help") || !c.getSubcommands().isEmpty()) {
        continue; // the root and tm only list commands; help is picocli's
      }
      assertTrue(c.getCommandSpec().findOption("--quiet") != null && c.getCommandSpec().findOption("-q") != null,
          c.getCommandSpec().qualifiedName() + " has no -q/--quiet");
    }
  }

  @Test
  void helpStartsWithUsageAndWrapsParagraphsEvenly() {
    for (CommandLine c : commands()) {
      String name = c.getCommandSpec().qualifiedName();
      List<String> args = new ArrayList<>(List.of(name.split(" ")).subList(1, name.split(" ").length));
      args.add("--help");
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      assertEquals(0, r.exit(), r::toString);
      String help = r.stdout();
      assertTrue(help.startsWith("Usage: " + name), name + ": help does not start with Usage:\n" + help);
      List<String> lines = help.lines().toList();
      for (String line : lines) {
        assertTrue(line.length() <= 80, name + ": a help line is longer than 80 columns: " + line);
      }
      // the description: between the synopsis and the first heading; a line of a paragraph that is
      // followed by more of the same paragraph is full (picocli wrapped it), not cut by hand
      int start = lines.indexOf("") + 1;
      for (int i = start; i < lines.size() - 1 && !lines.get(i).endsWith(":"); i++) {
        String line = lines.get(i);
        String next = lines.get(i + 1);
        if (!line.isEmpty() && !next.isEmpty() && !next.endsWith(":") && !line.startsWith(" ")) {
          assertTrue(line.length() + 1 + next.split(" ")[0].length() > 79, // picocli keeps the last column free
              name + ": ragged line in the description (the next word would have fitted):\n" + line + "\n" + next);
        }
      }
    }
  }

  /**
   * Picocli wraps at punctuation as well as at spaces: "NAME.TGT.json" at the end of a line came
   * out as "NAME.TGT." and "json". No line may end inside a word of the command's own texts.
   */
  @Test
  void helpNeverBreaksAWordAcrossLines() {
    for (CommandLine c : commands()) {
      String name = c.getCommandSpec().qualifiedName();
      StringBuilder texts = new StringBuilder(String.join(" ", c.getCommandSpec().usageMessage().description()));
      c.getCommandSpec().args().forEach(a -> texts.append(' ').append(String.join(" ", a.description())));
      List<String> args = new ArrayList<>(List.of(name.split(" ")).subList(1, name.split(" ").length));
      args.add("--help");
      List<String> lines = Cli.run(args.toArray(String[]::new)).stdout().lines().toList();
      for (int i = 0; i + 1 < lines.size(); i++) {
        String line = lines.get(i).stripTrailing();
        String next = lines.get(i + 1).strip();
        if (line.isEmpty() || next.isEmpty() || line.endsWith(" ")) {
          continue;
        }
        String last = line.substring(line.lastIndexOf(' ') + 1);
        String first = next.split(" ")[0];
        String joined = last + first;
        boolean broken = texts.indexOf(joined) >= 0 && texts.indexOf(last + " " + first) < 0;
        assertFalse(broken, name + ": the help breaks '" + joined + "' across two lines:\n" + lines.get(i) + "\n" + lines.get(i + 1));
      }
    }
  }

  @Test
  void batchSummaryCountsWithTheRightNoun() throws Exception {
    Files.copy(TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en.json"), Files.createDirectories(tmp.resolve("news")).resolve("one.en.json"));
    Cli.Result r = Cli.run("extract", tmp.resolve("news").toString(), "--target", "de");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("localize: extract: 1 story, 1 ok, 0 failed"), r::toString);
    assertFalse(r.stderr().contains("1 stories"), r::toString);
    assertEquals("1 unit", Main.count(1, "unit", "units"));
    assertEquals("0 units", Main.count(0, "unit", "units"));
  }

  @Test
  void quietSingleRunsPrintNothingButErrors() throws Exception {
    Path story = tmp.resolve("story.en.json");
    Files.copy(TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en.json"), story);
    Cli.Result r = Cli.run("extract", story.toString(), "--target", "de", "--quiet");
    assertEquals(0, r.exit(), r::toString);
    assertEquals("", r.stderr());
    assertTrue(Files.isRegularFile(tmp.resolve("story.en-de.xlf")));
    Cli.Result p = Cli.run("pseudo", story.toString(), "-q");
    assertEquals(0, p.exit(), p::toString);
    assertEquals("", p.stderr());
  }

  @Test
  void progressOnlyWhenStandardErrorIsATerminal() throws Exception {
    Path tty = Files.createSymbolicLink(tmp.resolve("fd2-tty"), Path.of("/dev/pts/3"));
    Path log = Files.createSymbolicLink(tmp.resolve("fd2-log"), tmp.resolve("run.log"));
    Path pipe = Files.createSymbolicLink(tmp.resolve("fd2-pipe"), Path.of("pipe:[123456]"));
    assertTrue(BatchRun.Progress.stderrIsTerminal(null, "xterm", tty));
    assertFalse(BatchRun.Progress.stderrIsTerminal(null, "xterm", log));
    assertFalse(BatchRun.Progress.stderrIsTerminal(null, "xterm", pipe));
    assertFalse(BatchRun.Progress.stderrIsTerminal(null, "xterm", tmp.resolve("missing")));
    assertFalse(BatchRun.Progress.stderrIsTerminal(null, "dumb", tty), "TERM=dumb: no bar");
    // bin/localize asks the shell ([ -t 2 ]) and says so; that wins
    assertTrue(BatchRun.Progress.stderrIsTerminal("1", "xterm", log));
    assertFalse(BatchRun.Progress.stderrIsTerminal("0", "xterm", tty));
  }

  @Test
  void completionScriptsForBashAndZsh() {
    Cli.Result bash = Cli.run("completion", "bash");
    assertEquals(0, bash.exit(), bash::toString);
    assertTrue(bash.stdout().contains("complete -F _complete_localize"), "a bash completion function");
    for (String command : new String[] {"extract", "merge", "validate", "review", "stats", "pseudo", "completion"}) {
      assertTrue(bash.stdout().contains(command), command + " completes");
    }
    assertTrue(bash.stdout().contains("--require"), "options complete");
    Cli.Result zsh = Cli.run("completion", "zsh");
    assertEquals(0, zsh.exit(), zsh::toString);
    assertTrue(zsh.stdout().contains("bashcompinit"), "zsh loads it through bashcompinit");
    Cli.Result fish = Cli.run("completion", "fish");
    assertEquals(2, fish.exit(), fish::toString);
    assertTrue(fish.stderr().contains("expected bash or zsh"), fish::toString);
  }
}
