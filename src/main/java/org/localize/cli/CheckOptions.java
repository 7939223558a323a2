package org.localize.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of {@code validate} and {@code review}: the checks, and how to read the pair checked. */
final class CheckOptions {
  @Mixin CheckData data = new CheckData();

  @Option(names = "--source-locale", paramLabel = "LOCALE", description = "override the source's locale")
  String sourceLocale;

  @Option(names = "--target-locale", paramLabel = "LOCALE", description = "override the target's locale")
  String targetLocale;

  @Option(names = "--published", paramLabel = "ISO-8601", description = "the publication time, when the input does not carry it (XLIFF)")
  String published;

  @Option(names = "--profile", paramLabel = "NAME|FILE", description = Main.PROFILE)
  String profile;

  @Option(names = "--allow-duplicate-keys", description = Main.DUPLICATE_KEYS)
  boolean allowDuplicateKeys;
}
