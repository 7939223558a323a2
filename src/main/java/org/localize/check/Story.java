package org.localize.check;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.localize.unit.TextPair;

/** Everything one validation run knows: the context, the locale tools of both sides, and the units. */
public final class Story {

  private final CheckContext context;
  private final LocaleTools sourceTools;
  private final LocaleTools targetTools;
  private final TermIndex sourceNames;
  private final TermIndex targetNames;
  private final List<Unit> units;

  Story(CheckContext context, LocaleTools sourceTools, LocaleTools targetTools, TermIndex sourceNames,
      TermIndex targetNames, List<TextPair> pairs) {
    this.context = context;
    this.sourceTools = sourceTools;
    this.targetTools = targetTools;
    this.sourceNames = sourceNames;
    this.targetNames = targetNames;
    List<Unit> list = new ArrayList<>(pairs.size());
    for (int i = 0; i < pairs.size(); i++) {
      list.add(new Unit(pairs.get(i), i, this));
    }
    this.units = List.copyOf(list);
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

  TermIndex sourceNames() {
    return sourceNames;
  }

  TermIndex targetNames() {
    return targetNames;
  }

  public List<Unit> units() {
    return units;
  }

  /** The publication date in the story's own time zone (the offset of {@code published}), or null. */
  public LocalDate publishedDate() {
    OffsetDateTime p = context.published();
    return p == null ? null : p.toLocalDate();
  }
}
