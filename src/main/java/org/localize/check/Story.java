package org.localize.check;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.localize.unit.TextPair;

/**
 * Everything one validation run knows: the context, the locale tools of both sides, and the pairs.
 *
 * <p>The validator prepares the units one at a time as it streams through the pairs; {@link
 * #units()} prepares them all at once and is for tests and tools that want to look at them.
 */
public final class Story {

  private final CheckContext context;
  private final LocaleTools sourceTools;
  private final LocaleTools targetTools;
  private final Once<TermIndex> sourceNames;
  private final Once<TermIndex> targetNames;
  private final List<TextPair> pairs;
  private final LocalDate publishedDate;
  private List<Unit> units;

  Story(CheckContext context, LocaleTools sourceTools, LocaleTools targetTools, Once<TermIndex> sourceNames,
      Once<TermIndex> targetNames, List<TextPair> pairs) {
    this.context = context;
    this.sourceTools = sourceTools;
    this.targetTools = targetTools;
    this.sourceNames = sourceNames;
    this.targetNames = targetNames;
    this.pairs = pairs;
    OffsetDateTime p = context.published();
    this.publishedDate = p == null ? null : p.toLocalDate();
  }

  public CheckContext context() {
    return context;
  }

  public LocaleTools sourceTools() {
    return sourceTools;
  }

  public LocaleTools targetTools() {
    return targetTools;
  }

  /** The glossary's spellings in the source language (built on first use). */
  TermIndex sourceNames() {
    return sourceNames.get();
  }

  /** The glossary's spellings in the target language (built on first use). */
  TermIndex targetNames() {
    return targetNames.get();
  }

  /** The pairs, in story order. */
  List<TextPair> pairs() {
    return pairs;
  }

  /** Every unit, prepared (lazily, each part on first use); built on the first call. */
  public List<Unit> units() {
    if (units == null) {
      List<Unit> list = new ArrayList<>(pairs.size());
      for (int i = 0; i < pairs.size(); i++) {
        list.add(new Unit(pairs.get(i), i, this));
      }
      units = List.copyOf(list);
    }
    return units;
  }

  /**
   * ICU's transliteration of {@code name} (in the source's script) into the target's script, or
   * null when there is none or it would mix scripts: names.unknown's suggestion, remembered by the
   * target's tools ({@link LocaleTools#icuName}), since stories name the same people again and again.
   */
  String icuName(String name) {
    return targetTools.icuName(name, sourceTools.script());
  }

  /** The publication date in the story's own time zone (the offset of {@code published}), or null. */
  public LocalDate publishedDate() {
    return publishedDate;
  }
}
