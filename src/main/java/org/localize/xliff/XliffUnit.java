package org.localize.xliff;

import org.localize.unit.Content;

/**
 * One unit as read from a translated file: its id, its {@code resname} (the JSON pointer), source
 * and target content (target null when the file has none), the target's state (may be null),
 * whether it is approved, the line where it starts (0 when unknown), the unit's kind as the file
 * says it ({@code restype} or {@code type}, without its prefix; may be null), its length limit in
 * characters (0 for none), the target's XLIFF 1.2 {@code state-qualifier} (may be null) and the
 * review state its CAT tool keeps in its own attributes (Trados, memoQ, Phrase; null for none).
 * {@link ReviewStates#level} reads the three states together.
 */
public record XliffUnit(
    String id, String resname, Content source, Content target, String state, boolean approved, int line,
    String kind, int maxLength, String stateQualifier, ReviewStates.VendorState vendorState) {

  public XliffUnit(String id, String resname, Content source, Content target, String state, boolean approved, int line,
      String kind, int maxLength) {
    this(id, resname, source, target, state, approved, line, kind, maxLength, null, null);
  }

  /** This unit with the state qualifier and tool review state found beside it. */
  XliffUnit withReview(String qualifier, ReviewStates.VendorState vendor) {
    return qualifier == null && vendor == null ? this
        : new XliffUnit(id, resname, source, target, state, approved, line, kind, maxLength, qualifier, vendor);
  }
}
