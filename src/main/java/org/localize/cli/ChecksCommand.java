package org.localize.cli;

import java.util.concurrent.Callable;
import org.localize.Validation;
import org.localize.report.CheckInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "checks", mixinStandardHelpOptions = true,
    header = "List the checks of validate, merge and review.",
    description = "List every check of 'localize validate' (which merge and review run too) with its id, default severity and what it finds. An id or a family (the part before the dot) can be given to --disable.")
final class ChecksCommand implements Callable<Integer> {
  @picocli.CommandLine.Option(names = {"-q", "--quiet"}, description = Main.QUIET)
  boolean quiet;

  @ParentCommand Main main;

  @Override
  public Integer call() {
    int width = 0;
    for (CheckInfo c : Validation.checks()) {
      width = Math.max(width, c.id().length());
    }
    StringBuilder sb = new StringBuilder();
    for (CheckInfo c : Validation.checks()) {
      sb.append(String.format("%-" + width + "s  %-7s  %s%n", c.id(), c.severity().label(), c.title()));
    }
    main.out.print(sb);
    main.out.flush();
    return Main.OK;
  }
}
