package org.localize.report;

import org.localize.diag.Severity;

/** A check as reports describe it: id ({@code family.name}), one-line title, default severity. */
public record CheckInfo(String id, String title, Severity severity) {}
