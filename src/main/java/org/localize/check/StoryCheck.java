package org.localize.check;

import java.util.List;
import org.localize.diag.Finding;

/**
 * A check that needs every unit of a story (one name spelled two ways across captions).
 *
 * <p>Design note: the validator streams the units, preparing one at a time and dropping it once
 * its checks have run, so that a story of tens of thousands of units never holds their prepared
 * text at once. A story check therefore sees each unit once, in story order, through a
 * {@link Pass}, and keeps only the compact summary it needs (words and where they first occur),
 * never the units themselves. A pass runs on one thread, while other threads may be checking later
 * units of the same story (a live blog): what it reads of the story and its locale tools, it reads
 * as the unit checks do, and what it writes is its own.
 */
public interface StoryCheck extends Check {

  /** One run of a story check over one story: {@link #accept} for each unit in order, then {@link #finish}. */
  interface Pass {

    /** Notes what this check needs of {@code unit}; the unit must not be kept. */
    void accept(Unit unit);

    /** Adds findings about the whole story to {@code out}. */
    void finish(List<Finding> out);
  }

  /** Starts a pass over {@code story}. */
  Pass begin(Story story);

  /** Story checks have nothing to say about a unit on its own. */
  @Override
  default void check(Unit unit, Story story, List<Finding> out) {}
}
