package org.localize.check;

import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.unit.TextPair;

/**
 * A {@link TextPair} prepared for the checks: both sides masked and folded, with the dates, numbers
 * and glossary names found in each.
 *
 * <p>Each part is computed on first use and then shared by every check that asks for it, so a run
 * with some checks disabled prepares only what the enabled ones read. A unit belongs to one
 * validation run on one thread and is not thread-safe.
 */
public final class Unit {

  private final TextPair pair;
  private final int index;
  private final Story story;
  private Text source;
  private Text target;
  private List<DateMention> sourceDates;
  private List<DateMention> targetDates;
  private List<TermIndex.Match> sourceNames;
  private List<TermIndex.Match> targetNames;
  private List<TermIndex.Match> sourceNamesInTarget;
  private NameTokens sourceCapitals;
  private NameTokens targetCapitals;
  private List<NumberMention> sourceNumbers;
  private List<NumberMention> targetNumbers;

  Unit(TextPair pair, int index, Story story) {
    this.pair = pair;
    this.index = index;
    this.story = story;
  }

  public TextPair pair() {
    return pair;
  }

  /** Position of the unit in the story, for ordering findings. */
  public int index() {
    return index;
  }

  public Text source() {
    if (source == null) {
      source = Text.of(pair.source(), pair.format());
    }
    return source;
  }

  /** The prepared target, or null when the unit has no translation. */
  public Text target() {
    if (target == null && pair.target() != null) {
      target = Text.of(pair.target(), pair.format());
    }
    return target;
  }

  public List<DateMention> sourceDates() {
    if (sourceDates == null) {
      sourceDates = story.sourceTools().dates().find(source());
    }
    return sourceDates;
  }

  public List<DateMention> targetDates() {
    if (targetDates == null) {
      targetDates = target() == null ? List.of() : story.targetTools().dates().find(target());
    }
    return targetDates;
  }

  List<TermIndex.Match> sourceNames() {
    if (sourceNames == null) {
      sourceNames = story.sourceNames().find(source());
    }
    return sourceNames;
  }

  List<TermIndex.Match> targetNames() {
    if (targetNames == null) {
      targetNames = target() == null ? List.of() : story.targetNames().find(target());
    }
    return targetNames;
  }

  /** Spellings of the source language's glossary found in the translation (names left untranslated). */
  List<TermIndex.Match> sourceNamesInTarget() {
    if (sourceNamesInTarget == null) {
      sourceNamesInTarget = target() == null ? List.of() : story.sourceNames().find(target());
    }
    return sourceNamesInTarget;
  }

  /** The capitalised words of the source, with what the names checks ask of them. */
  NameTokens sourceCapitals() {
    if (sourceCapitals == null) {
      sourceCapitals = new NameTokens(source(), sourceNames(), story.sourceNames());
    }
    return sourceCapitals;
  }

  /** The capitalised words of the translation (which must exist), with what the names checks ask of them. */
  NameTokens targetCapitals() {
    if (targetCapitals == null) {
      targetCapitals = new NameTokens(target(), targetNames(), story.targetNames());
    }
    return targetCapitals;
  }

  /** Numbers of the source outside its dates, read by the source locale and by the target's. */
  List<NumberMention> sourceNumbers() {
    if (sourceNumbers == null) {
      sourceNumbers = story.sourceTools().numbers().find(source(), sourceDates(), story.targetTools().numbers(), false);
    }
    return sourceNumbers;
  }

  /**
   * Numbers of the translation, read by the target locale and by the source's; those inside its
   * dates are marked {@link NumberMention#IN_DATE}.
   */
  List<NumberMention> targetNumbers() {
    if (targetNumbers == null) {
      targetNumbers = target() == null ? List.of()
          : story.targetTools().numbers().find(target(), withoutYears(targetDates()), story.sourceTools().numbers(), true);
    }
    return targetNumbers;
  }

  /**
   * The spans of the translation's dates that the number reader marks as in a date, with each year
   * left out: a year of the source written as a plain number (2019, "the 2019 budget") may be a
   * year of a date in the translation (в июне 2019 года, 2019 год), and is the same number. Years
   * the source writes as dates are left to the date checks on the source side, so nothing is
   * reported twice.
   */
  private static List<DateMention> withoutYears(List<DateMention> dates) {
    if (dates.isEmpty()) {
      return dates;
    }
    List<DateMention> spans = new java.util.ArrayList<>(dates.size() + 1);
    for (DateMention d : dates) {
      if (d.yearStart() < 0) {
        spans.add(d);
      } else {
        if (d.yearStart() > d.start()) {
          spans.add(DateMention.span(d.start(), d.yearStart()));
        }
        if (d.end() > d.yearEnd()) {
          spans.add(DateMention.span(d.yearEnd(), d.end()));
        }
      }
    }
    return spans;
  }

  /** A finding on a span of this unit's target. */
  public Finding finding(Check check, Severity severity, int start, int end, String message, String suggestion) {
    return new Finding(check.id(), severity, pair.pointer(), message, start, end, suggestion);
  }

  /** A finding on the unit as a whole. */
  public Finding finding(Check check, Severity severity, String message, String suggestion) {
    return new Finding(check.id(), severity, pair.pointer(), message, -1, -1, suggestion);
  }
}
