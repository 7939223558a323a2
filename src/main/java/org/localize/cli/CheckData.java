package org.localize.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.localize.Validation;
import picocli.CommandLine.Option;

/**
 * The options that set up the checks: extra glossaries, a locale data folder, checks switched off.
 * Shared by {@code validate}, {@code review} and {@code merge}, which runs the same checks.
 */
final class CheckData {
  @Option(names = {"-g", "--glossary"}, paramLabel = "FILE", description = "a names glossary (JSON or TBX v2/v3), added to the built-in one; repeatable")
  List<Path> glossaries = new ArrayList<>();

  @Option(names = "--locales", paramLabel = "DIR", description = "a folder laid out like locales/ whose files win over the built-in ones")
  Path locales;

  @Option(names = "--disable", paramLabel = "CHECK", split = ",", description = "skip a check or a whole family (names, dates, ...); repeatable")
  List<String> disabled = new ArrayList<>();

  /** The checks these options describe; an unknown --disable is a usage error. */
  Validation load() {
    Reports.checkDisabled(disabled);
    return Validation.load(locales, glossaries);
  }
}
