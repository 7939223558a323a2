package org.localize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.localize.diag.LocalizeException;
import org.localize.io.AtomicFiles;
import org.localize.io.Locks;
import org.localize.locale.LocaleTags;
import org.localize.merge.Merger;
import org.localize.merge.MergeResult;
import org.localize.story.Extraction;
import org.localize.tm.Leverage;
import org.localize.tm.Memory;
import org.localize.tm.TmUnit;
import org.localize.tm.Tmx;
import org.localize.unit.Content;
import org.localize.xliff.XliffDocument;
import org.localize.xliff.XliffReader;
import org.localize.xliff.XliffUnit;

/**
 * Story updates and the translation memory: reading the previous version's XLIFF and the project
 * TMX (checked against the story and the language pair), reusing their translations, and adding
 * what merge accepted to the TMX.
 */
public final class Updates {
  private Updates() {}

  /**
   * Reads the XLIFF of the story's previous version and checks that it translates the same story
   * from the same language into the same language.
   */
  public static XliffDocument readPrevious(Path previous, Extraction ex, String sourceLocale, String targetLocale) {
    return readPrevious(previous, ex.storyId(), ex.document().name(), sourceLocale, targetLocale);
  }

  /** As above for a story known by its id (may be null) and its file name. */
  public static XliffDocument readPrevious(Path previous, String storyId, String storyName, String sourceLocale,
      String targetLocale) {
    XliffDocument doc = XliffReader.read(previous);
    String name = previous.toString();
    if (doc.sourceLocale() != null && !sameLanguage(doc.sourceLocale(), sourceLocale)
        || !sameLanguage(doc.targetLocale(), targetLocale)) {
      throw LocalizeException.input(name, "", "the previous XLIFF translates " + doc.sourceLocale() + " → "
          + doc.targetLocale() + ", not " + sourceLocale + " → " + targetLocale
          + "; give the previous " + sourceLocale + "-" + targetLocale + " file");
    }
    if (doc.storyId() != null && storyId != null && !doc.storyId().equals(storyId)) {
      throw LocalizeException.input(name, "", "the previous XLIFF belongs to the story \"" + doc.storyId() + "\", not to "
          + storyName + " (\"" + storyId + "\"); to reuse another story's translations, add them to a"
          + " memory (localize tm import " + previous.getFileName() + " --tm MEMORY.tmx) and give --tm");
    }
    return doc;
  }

  /**
   * Reads the project memory for extract: a file that does not exist is an error here (a typo
   * would silently reuse nothing); a memory whose header names another source language is refused.
   */
  public static Memory readMemory(Path tmx, String sourceLocale) {
    if (!Files.exists(tmx)) {
      throw LocalizeException.input(tmx.toString(), "", "no such file; merge --tm creates it");
    }
    Memory memory = Tmx.read(tmx);
    String header = memory.declaredSource();
    if (header != null && !sameLanguage(header, sourceLocale)) {
      throw LocalizeException.input(tmx.toString(), "", "the memory's source language is " + header + ", not "
          + sourceLocale + " (the story's); give the memory of " + sourceLocale + " stories");
    }
    return memory;
  }

  /** The memory for merge to add to: empty when the file does not exist yet. */
  public static Memory readOrCreateMemory(Path tmx) {
    return Files.exists(tmx) ? Tmx.read(tmx) : new Memory();
  }

  /** The lookups for extract and stats: the previous XLIFF and the memory, either may be null. */
  public static Leverage leverage(Extraction ex, String sourceLocale, String targetLocale, Path previousPath,
      XliffDocument previous, Path tmxPath, Memory memory, int fuzzy) {
    return leverage(ex.storyId(), sourceLocale, targetLocale, previousPath, previous, tmxPath, memory, fuzzy);
  }

  /** As above, for the units of a story {@code storyId} (may be null) known otherwise (an XLIFF). */
  public static Leverage leverage(String storyId, String sourceLocale, String targetLocale, Path previousPath,
      XliffDocument previous, Path tmxPath, Memory memory, int fuzzy) {
    if (fuzzy < 1 || fuzzy > 99) {
      throw LocalizeException.usage("--fuzzy: expected a score from 1 to 99, not " + fuzzy);
    }
    return new Leverage(storyId, sourceLocale, targetLocale, previous,
        previousPath == null ? null : previousPath.getFileName().toString(), memory,
        tmxPath == null ? null : tmxPath.getFileName().toString(), fuzzy);
  }

  /**
   * The translations merge accepted, as memory entries made {@code now} (units without text left
   * out).
   */
  public static List<TmUnit> translations(Extraction ex, String sourceLocale, MergeResult result, Instant now) {
    List<TmUnit> units = new ArrayList<>();
    for (MergeResult.Translated t : result.translations()) {
      if (!t.unit().source().hasText()) {
        continue;
      }
      units.add(new TmUnit(sourceLocale, result.targetLocale(), t.unit().source(), t.target(), ex.storyId(),
          t.unit().id(), Leverage.state(t.state(), t.level()), now, now));
    }
    return units;
  }

  /** How many translations an update of the memory added, and how many it holds now. */
  public record MemoryUpdate(int added, int total) {}

  /**
   * Adds {@code units} to the memory at {@code tmx} (created if missing) and writes it atomically,
   * under an exclusive lock and reading it again under it: what another run added between this
   * run's first reading and now is kept (issue 15: two merges into one memory lost one story's
   * units). {@code inputs} are never overwritten.
   */
  public static MemoryUpdate addToMemory(Path tmx, List<TmUnit> units, Path... inputs) {
    try (Locks.Held lock = Locks.exclusive(tmx, "the memory")) {
      Memory memory = readOrCreateMemory(tmx);
      int added = 0;
      for (TmUnit u : units) {
        if (memory.add(u)) {
          added++;
        }
      }
      AtomicFiles.write(tmx, Tmx.write(memory.units(), Tmx.Flavor.STANDARD), inputs);
      return new MemoryUpdate(added, memory.size());
    }
  }

  /** Adds the translated units of an XLIFF file to {@code memory}; returns how many were new. */
  public static int importXliff(XliffDocument doc, Memory memory, Instant now) {
    int added = 0;
    if (doc.sourceLocale() == null) {
      throw LocalizeException.input(doc.name(), "", "the XLIFF has no source-language");
    }
    String source = canonical(doc.name(), doc.sourceLocale());
    String target = canonical(doc.name(), doc.targetLocale());
    for (XliffUnit u : doc.units()) {
      int level = Merger.level(u, u.source());
      if (level == 0 || !u.source().hasText() || !u.segmentProblems().isEmpty() || !u.codeProblems().isEmpty()) {
        continue; // untranslated, or broken in a way merge refuses: not a translation to reuse
      }
      Content target2 = u.target();
      if (memory.add(new TmUnit(source, target, u.source(), target2, doc.storyId(), u.id(), Leverage.state(u.state(), level), now, now))) {
        added++;
      }
    }
    return added;
  }

  private static String canonical(String file, String tag) {
    try {
      return LocaleTags.canonical(tag);
    } catch (IllegalArgumentException e) {
      throw LocalizeException.input(file, "", "the XLIFF's language " + tag + ": " + e.getMessage());
    }
  }

  private static boolean sameLanguage(String a, String b) {
    return LocaleTags.language(a).equals(LocaleTags.language(b));
  }
}
