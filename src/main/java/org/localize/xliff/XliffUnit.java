package org.localize.xliff;

import java.util.List;
import org.localize.unit.Content;

/**
 * One unit as read from a translated file: its id, its {@code resname} (the JSON pointer), source
 * and target content (target null when the file has none), the target's state (may be null),
 * whether it is approved, the line where it starts (0 when unknown), the unit's kind as the file
 * says it ({@code restype} or {@code type}, without its prefix; may be null), its length limit in
 * characters (0 for none), the target's XLIFF 1.2 {@code state-qualifier} (may be null) and the
 * review state its CAT tool keeps in its own attributes (Trados, memoQ, Phrase; null for none).
 * {@link ReviewStates#level} reads the three states together.
 *
 * <p>Also what the reader saw wrong in the target as the translator wrote it, which its content
 * no longer shows: {@code codeProblems}, inline codes closed out of order (a reader pairs
 * {@code <bx/>}/{@code <ex/>} and {@code <bpt>}/{@code <ept>} again as it goes, so the content is
 * well nested whatever was written), and {@code segmentProblems}, segments of the source whose
 * translation was deleted or emptied (a reader joins the segments it finds, so the content would
 * silently lack them).
 */
public record XliffUnit(
    String id, String resname, Content source, Content target, String state, boolean approved, int line,
    String kind, int maxLength, String stateQualifier, ReviewStates.VendorState vendorState,
    List<String> codeProblems, List<String> segmentProblems) {

  public XliffUnit {
    codeProblems = codeProblems == null ? List.of() : List.copyOf(codeProblems);
    segmentProblems = segmentProblems == null ? List.of() : List.copyOf(segmentProblems);
  }

  /** A unit with no review state beyond its own and nothing wrong seen in its target as written. */
  public XliffUnit(String id, String resname, Content source, Content target, String state, boolean approved, int line,
      String kind, int maxLength) {
    this(id, resname, source, target, state, approved, line, kind, maxLength, null, null, List.of(), List.of());
  }

  /** This unit with the state qualifier and tool review state found beside it. */
  XliffUnit withReview(String qualifier, ReviewStates.VendorState vendor) {
    return qualifier == null && vendor == null ? this
        : new XliffUnit(id, resname, source, target, state, approved, line, kind, maxLength, qualifier, vendor,
            codeProblems, segmentProblems);
  }

  /** This unit under another id (po2xliff's unit, by the id its PO location kept). */
  XliffUnit withId(String newId) {
    return new XliffUnit(newId, resname, source, target, state, approved, line, kind, maxLength, stateQualifier,
        vendorState, codeProblems, segmentProblems);
  }

  /** This unit with the problems a first reading pass found in its target. */
  XliffUnit withProblems(List<String> codes, List<String> segments) {
    return new XliffUnit(id, resname, source, target, state, approved, line, kind, maxLength, stateQualifier,
        vendorState, codes, segments);
  }
}
