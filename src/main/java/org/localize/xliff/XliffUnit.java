package org.localize.xliff;

import org.localize.unit.Content;

/**
 * One unit as read from a translated file: its id, its {@code resname} (the JSON pointer), source
 * and target content (target null when the file has none), the target's state (may be null),
 * whether it is approved, the line where it starts (0 when unknown), the unit's kind as the file
 * says it ({@code restype} or {@code type}, without its prefix; may be null) and its length limit in
 * characters (0 for none).
 */
public record XliffUnit(
    String id, String resname, Content source, Content target, String state, boolean approved, int line,
    String kind, int maxLength) {}
