package org.localize.check;

import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * One self-describing rule that compares a source string with its translation.
 *
 * <p>Implementations are stateless and thread-safe: everything expensive (patterns, ICU objects)
 * lives in the per-locale {@link LocaleTools} that {@link Story} hands out.
 */
public interface Check {

  /** Stable id, {@code family.name} (names.missing). */
  String id();

  /** One line for {@code localize checks}. */
  String title();

  /** The severity of most of this check's findings; some checks soften a finding when unsure. */
  Severity defaultSeverity();

  /** The family, i.e. the part of the id before the dot. */
  default String family() {
    return id().substring(0, id().indexOf('.'));
  }

  /** Whether the check needs a translation to look at; only completeness checks run on missing ones. */
  default boolean needsTarget() {
    return true;
  }

  /** Adds this check's findings for one unit to {@code out}. */
  void check(Unit unit, Story story, List<Finding> out);
}
