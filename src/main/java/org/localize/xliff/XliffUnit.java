package org.localize.xliff;

import org.localize.unit.Content;

/**
 * One unit as read from a translated file: its id, its {@code resname} (the JSON pointer), source
 * and target content (target null when the file has none), the target's state (may be null),
 * whether it is approved, and the line where it starts (0 when unknown).
 */
public record XliffUnit(
    String id, String resname, Content source, Content target, String state, boolean approved, int line) {}
