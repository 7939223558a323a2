package org.localize.report;

import org.localize.diag.Finding;

/** Finds where in a file a finding is; implemented per kind of input (story JSON, XLIFF). */
@FunctionalInterface
public interface Locator {
  Location locate(Finding finding);
}
