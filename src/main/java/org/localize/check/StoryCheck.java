package org.localize.check;

import java.util.List;
import org.localize.diag.Finding;

/** A check that needs every unit of a story at once (one name spelled two ways across captions). */
public interface StoryCheck extends Check {

  /** Adds findings about the whole story to {@code out}. */
  void checkStory(Story story, List<Finding> out);

  /** Story checks have nothing to say about a unit on its own. */
  @Override
  default void check(Unit unit, Story story, List<Finding> out) {}
}
