package org.localize.check;

import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.unit.TextPair;

/**
 * A {@link TextPair} prepared once for all checks: both sides masked and folded, with the dates
 * and glossary names found in each.
 */
public final class Unit {

  private final TextPair pair;
  private final int index;
  private final Text source;
  private final Text target;
  private final List<DateMention> sourceDates;
  private final List<DateMention> targetDates;
  private final List<TermIndex.Match> sourceNames;
  private final List<TermIndex.Match> targetNames;

  Unit(TextPair pair, int index, Story story) {
    this.pair = pair;
    this.index = index;
    this.source = Text.of(pair.source(), pair.format());
    this.target = pair.target() == null ? null : Text.of(pair.target(), pair.format());
    this.sourceDates = story.sourceTools().dates().find(source);
    this.targetDates = target == null ? List.of() : story.targetTools().dates().find(target);
    this.sourceNames = story.sourceNames().find(source);
    this.targetNames = target == null ? List.of() : story.targetNames().find(target);
  }

  public TextPair pair() {
    return pair;
  }

  /** Position of the unit in the story, for ordering findings. */
  public int index() {
    return index;
  }

  public Text source() {
    return source;
  }

  /** The prepared target, or null when the unit has no translation. */
  public Text target() {
    return target;
  }

  public List<DateMention> sourceDates() {
    return sourceDates;
  }

  public List<DateMention> targetDates() {
    return targetDates;
  }

  List<TermIndex.Match> sourceNames() {
    return sourceNames;
  }

  List<TermIndex.Match> targetNames() {
    return targetNames;
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
