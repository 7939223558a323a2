package org.localize.cli;

import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of the checks, shared by {@code validate} and {@code review}. */
final class CheckOptions {
  @Option(names = {"-g", "--glossary"}, paramLabel = "FILE", description = "a names glossary (JSON or TBX v2/v3), added to the built-in one; repeatable")
  List<Path> glossaries = new ArrayList<>();

  @Option(names = "--locales", paramLabel = "DIR", description = "a folder laid out like locales/ whose files win over the built-in ones")
  Path locales;

  @Option(names = "--disable", paramLabel = "CHECK", split = ",", description = "skip a check or a whole family (names, dates, ...); repeatable")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--source-locale", paramLabel = "LOCALE", description = "override the source's locale")
  String sourceLocale;

  @Option(names = "--target-locale", paramLabel = "LOCALE", description = "override the target's locale")
  String targetLocale;

  @Option(names = "--published", paramLabel = "ISO-8601", description = "the publication time, when the input does not carry it (XLIFF)")
  String published;

  @Option(names = "--profile", paramLabel = "NAME|FILE", description = "the story format (default: detected)")
  String profile;
}
