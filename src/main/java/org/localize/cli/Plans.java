package org.localize.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.localize.io.OutputPlan;
import org.localize.story.ProfileLoader;

/** The inputs the options shared by commands add to an {@link OutputPlan}. */
final class Plans {
  private Plans() {}

  /** The glossaries, the locale data folder and, when it names a file, the profile. */
  static OutputPlan checkData(OutputPlan plan, CheckData data) {
    if (data != null) {
      plan.inputs(data.glossaries, "a glossary (-g)").inputTree(data.locales, "the locale data folder (--locales)");
    }
    return plan;
  }

  /** The profile, when {@code --profile} names a file rather than a built-in profile. */
  static OutputPlan profile(OutputPlan plan, String profile) {
    if (profile != null && !ProfileLoader.BUILT_IN.contains(profile)
        && (Files.exists(Path.of(profile)) || profile.contains("/") || profile.endsWith(".json"))) {
      plan.input(Path.of(profile), "the profile (--profile)");
    }
    return plan;
  }
}
