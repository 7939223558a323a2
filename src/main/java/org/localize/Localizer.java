package org.localize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.localize.diag.LocalizeException;
import org.localize.locale.LocaleTags;
import org.localize.story.Extraction;
import org.localize.story.Extractor;
import org.localize.story.Profile;
import org.localize.story.ProfileLoader;
import org.localize.story.StoryDocument;
import org.localize.story.StoryReader;
import org.localize.tm.Leverage;
import org.localize.unit.Unit;
import org.localize.merge.MergeOptions;
import org.localize.merge.MergeResult;
import org.localize.merge.Merger;
import org.localize.xliff.TranslationFile;
import org.localize.xliff.Xliff2Writer;
import org.localize.xliff.Xliff12Writer;
import org.localize.xliff.XliffDocument;
import org.localize.xliff.XliffOptions;
import org.localize.xliff.XliffReader;

/**
 * The library's front door: each method is one step of the pipeline, taking and returning plain
 * values, so that the command line and other programs use the toolkit the same way.
 *
 * <p>Errors are {@link LocalizeException}s that list every problem found, each naming the file and
 * the place in it.
 */
public final class Localizer {
  private Localizer() {}

  /** Reads a story and finds its units with {@code profile} (a built-in name or a file; null: detect). */
  public static Extraction read(Path story, String profile) {
    return extract(StoryReader.read(story), profile);
  }

  /** As {@link #read(Path, String)}, with the policy for a key repeated in one object. */
  public static Extraction read(Path story, String profile, boolean lastDuplicateKeyWins) {
    return extract(StoryReader.read(story, lastDuplicateKeyWins ? StoryReader.DuplicateKeys.LAST : StoryReader.DuplicateKeys.REFUSE), profile);
  }

  /**
   * Finds the units of a story already read. A profile named by the user that finds nothing in the
   * story, and whose detect expression does not vouch for it, is refused: the wrong profile would
   * otherwise give an empty XLIFF and a merge that changes nothing, both "successful". (A story of
   * the profile's own format with no text, such as an empty draft, still gives an empty XLIFF.)
   */
  public static Extraction extract(StoryDocument doc, String profile) {
    if (profile == null) {
      return Extractor.extract(doc, detect(doc));
    }
    if (isFolder(profile)) {
      return Extractor.extract(doc, detect(doc, Path.of(profile)));
    }
    Profile p = ProfileLoader.resolve(profile);
    Extraction ex = Extractor.extract(doc, p);
    if (ex.units().isEmpty() && ex.left().isEmpty() && ex.derived().isEmpty() && !p.matches(doc.root())) {
      throw LocalizeException.input(doc.name(), "", "the profile " + p.describe() + " finds no text to translate in this story"
          + (p.detect() == null ? "" : " (and its detect expression does not match it either)")
          + "; is it the right profile? Without --profile localize detects the format");
    }
    return ex;
  }

  /**
   * The profile a translated XLIFF file says its story was extracted with, as {@link #extract}
   * takes it: a built-in name, or the path of the profile file (recorded relative to the XLIFF's
   * folder; if it is not there, relative to the current folder); null when the file does not say
   * (then the format is detected). A profile file that is no longer where it was is an error that
   * names it.
   */
  public static String recordedProfile(XliffDocument xliff, Path xliffPath) {
    if (xliff.profileFile() != null) {
      Path file = Path.of(xliff.profileFile());
      if (!file.isAbsolute() && xliffPath != null) {
        Path dir = xliffPath.toAbsolutePath().getParent();
        Path beside = dir == null ? file : dir.resolve(file).normalize();
        // the XLIFF travelled (to a translator and back) without its profile: try the current folder
        file = java.nio.file.Files.isRegularFile(beside) || !java.nio.file.Files.isRegularFile(file) ? beside : file;
      }
      if (!java.nio.file.Files.isRegularFile(file)) {
        throw LocalizeException.input(xliff.name(), "", "the XLIFF was extracted with the profile "
            + (xliff.profile() == null ? "" : "'" + xliff.profile() + "' ") + "from " + xliff.profileFile()
            + ", which is not there now (" + file + "); give the profile with --profile FILE.json");
      }
      return file.toString();
    }
    return xliff.profile() != null && ProfileLoader.BUILT_IN.contains(xliff.profile()) ? xliff.profile() : null;
  }

  /**
   * {@code file} with the profile of {@code ex} recorded: its name, and for a profile file its path
   * relative to the folder of {@code xliffOut} (absolute when the XLIFF goes to standard output).
   */
  public static TranslationFile withProfile(TranslationFile file, Extraction ex, Path xliffOut) {
    String profileFile = ex.profile().file();
    if (profileFile != null) {
      Path p = Path.of(profileFile).toAbsolutePath().normalize();
      Path dir = xliffOut == null ? null : xliffOut.toAbsolutePath().normalize().getParent();
      String recorded = p.toString();
      if (dir != null && java.util.Objects.equals(p.getRoot(), dir.getRoot())) {
        recorded = dir.relativize(p).toString().replace(java.io.File.separatorChar, '/');
      }
      profileFile = recorded;
    }
    return file.withProfile(ex.profile().name(), profileFile);
  }

  /** Whether a --profile value names a folder of profiles to detect among (rather than one profile). */
  public static boolean isFolder(String profile) {
    return profile != null && java.nio.file.Files.isDirectory(Path.of(profile));
  }

  /** Whether a --profile value leaves the choice to detection: none, or a folder of profiles. */
  public static boolean detects(String profile) {
    return profile == null || isFolder(profile);
  }

  /** The built-in profile whose {@code detect} expression matches the story. */
  public static Profile detect(StoryDocument doc) {
    return detect(doc, null);
  }

  /**
   * The profile whose {@code detect} expression matches the story: first the profile files of
   * {@code folder} ({@code *.json}, in name order; null: none), then the built-in ones.
   */
  public static Profile detect(StoryDocument doc, Path folder) {
    List<String> tried = new ArrayList<>();
    if (folder != null) {
      List<Path> files;
      try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(folder)) {
        files = s.filter(f -> f.getFileName().toString().endsWith(".json") && java.nio.file.Files.isRegularFile(f)).sorted().toList();
      } catch (java.io.IOException e) {
        throw LocalizeException.input(folder.toString(), "", "cannot list the profiles: " + e.getMessage());
      }
      for (Path f : files) {
        Profile p = ProfileLoader.resolve(f.toString());
        if (p.matches(doc.root())) {
          return p;
        }
        tried.add(p.describe());
      }
    }
    for (String name : ProfileLoader.BUILT_IN) {
      Profile p = ProfileLoader.builtIn(name);
      if (p.matches(doc.root())) {
        return p;
      }
      tried.add(name);
    }
    throw LocalizeException.input(
        doc.name(), "", "cannot tell the story's format (tried " + String.join(", ", tried)
            + "); name a profile with --profile NAME|FILE.json, or a folder of profiles with --profile DIR");
  }

  /**
   * The source locale: {@code override} if given, else what the story declares; canonical BCP 47.
   */
  public static String sourceLocale(Extraction ex, String override) {
    if (override != null) {
      return canonicalLocale(override, "--source-locale");
    }
    String declared = ex.declaredLocale();
    if (declared == null && ex.profile().defaultLocale() != null) {
      return ex.profile().defaultLocale();
    }
    if (declared == null) {
      throw LocalizeException.input(
          ex.document().name(), "", "the story does not say its locale (profile path "
              + ex.profile().locale() + "); give it with --source-locale");
    }
    try {
      return LocaleTags.canonical(declared);
    } catch (IllegalArgumentException e) {
      throw LocalizeException.input(
          ex.document().name(), ex.document().position(ex.localeNode().start()).toString(),
          e.getMessage() + "; fix the story's locale or give --source-locale");
    }
  }

  /**
   * A note for the user when the source locale is the profile's default because the story does not
   * say its own (a WordPress post as the REST API returns it), or null.
   */
  public static String defaultLocaleNote(Extraction ex, String override) {
    if (override != null || ex.declaredLocale() != null || ex.profile().defaultLocale() == null) {
      return null;
    }
    return ex.document().name() + ": the story does not say its language" + (ex.profile().locale() == null ? ""
        : " (" + ex.profile().locale() + ")") + "; it is read as " + ex.profile().defaultLocale() + ", the default of the profile "
        + ex.profile().name() + ": give --source-locale if it is written in another";
  }

  /** A locale given on the command line, canonical; a usage error names the option. */
  public static String canonicalLocale(String tag, String option) {
    try {
      return LocaleTags.canonical(tag);
    } catch (IllegalArgumentException e) {
      throw LocalizeException.usage(option + ": " + e.getMessage());
    }
  }

  /** The translation file for a story: every unit, untranslated. */
  public static TranslationFile translationFile(Extraction ex, String sourceLocale, String targetLocale) {
    return translationFile(ex, sourceLocale, targetLocale, null);
  }

  /**
   * The translation file for a story, with the earlier translations found for its units in the
   * previous version's XLIFF and the memory ({@link Leverage#apply(List)}, in unit order; see
   * {@link Updates}); null: every unit untranslated.
   */
  public static TranslationFile translationFile(
      Extraction ex, String sourceLocale, String targetLocale, List<Leverage.Result> reused) {
    if (sourceLocale.equals(targetLocale)) { // en → en-GB is a localisation; en → en is not
      throw LocalizeException.usage(
          "the target locale " + targetLocale + " is the story's own locale; choose another --target");
    }
    List<TranslationFile.Entry> entries = new ArrayList<>();
    if (reused != null) {
      reused.forEach(r -> entries.add(r.entry()));
    } else {
      for (Unit u : ex.units()) {
        entries.add(new TranslationFile.Entry(u, null, null));
      }
    }
    String original = Path.of(ex.document().name()).getFileName().toString();
    return new TranslationFile(original, ex.storyId(), sourceLocale, targetLocale, entries);
  }

  /** XLIFF (1.2 or 2.1, as {@code options} say) for a translation file. */
  public static byte[] toXliff(TranslationFile file, XliffOptions options) {
    return options.version() == XliffOptions.Version.V2_1
        ? Xliff2Writer.write(file, options)
        : Xliff12Writer.write(file, options);
  }

  /** Reads translated XLIFF bytes of either version (1.2 or 2.x, told by the namespace). */
  public static XliffDocument parseXliff(String name, byte[] bytes) {
    return XliffReader.parse(name, bytes);
  }

  /** Reads a translated XLIFF file of either version. */
  public static XliffDocument readXliff(Path xliff) {
    return XliffReader.read(xliff);
  }

  /** Merges a translated XLIFF file (1.2 or 2.x) into the story it was extracted from. */
  public static MergeResult merge(Extraction story, Path xliff, String expectedTarget, MergeOptions options) {
    return merge(story, XliffReader.read(xliff), expectedTarget, options);
  }

  /** Merges a translation already read into the story it was extracted from. */
  public static MergeResult merge(Extraction story, XliffDocument xliff, String expectedTarget, MergeOptions options) {
    return Merger.merge(story, xliff, expectedTarget, options);
  }

  /**
   * The base name of a story file without {@code .json} and without a trailing locale
   * ({@code story.en.json} → {@code story}).
   */
  public static String baseName(Path story, String locale) {
    String name = story.getFileName().toString();
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
      name = name.substring(0, name.length() - 5);
    }
    for (String suffix : new String[] {"." + locale, "." + LocaleTags.language(locale)}) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /** Where extract writes by default: {@code NAME.SRC-TGT.xlf} beside the story. */
  public static Path defaultXliffPath(Path story, String source, String target) {
    return story.resolveSibling(baseName(story, source) + "." + source + "-" + target + ".xlf");
  }

  /** Where merge writes by default: {@code NAME.TGT.json} beside the story. */
  public static Path defaultMergedPath(Path story, String source, String target) {
    return story.resolveSibling(baseName(story, source) + "." + target + ".json");
  }
}
