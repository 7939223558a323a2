package org.localize.xliff;

import java.util.List;
import org.localize.unit.Content;

/**
 * How far a translation has come through review, read from what the file's tool wrote: the XLIFF
 * 1.2 {@code state}, {@code state-qualifier} and {@code approved}, the XLIFF 2 {@code state}, and
 * the review states of the CAT tools that keep their own (Trados {@code sdl:conf}, memoQ
 * {@code mq:status}, Phrase {@code m:confirmed}). The table, with its sources, is
 * docs/review-states.md; merge --require compares against {@link #level}.
 *
 * <p>Levels: {@link #NONE} (no translation, or one nobody confirmed: a draft, a pre-translation,
 * a rejected one), {@link #TRANSLATED} (the translator confirmed it), {@link #REVIEWED} (a reviewer
 * approved it), {@link #FINAL} (the last review stage the tool has: Trados sign-off, memoQ's
 * Reviewer 2). A translator's confirmation alone is never a review.
 */
public final class ReviewStates {
  public static final int NONE = 0;
  public static final int TRANSLATED = 1;
  public static final int REVIEWED = 2;
  public static final int FINAL = 3;

  /** Trados Studio (SDLXLIFF): {@code <sdl:seg conf="...">} in the unit's {@code <sdl:seg-defs>}. */
  public static final String SDL_NS = "http://sdl.com/FileTypes/SdlXliff/1.0";
  /** memoQ (MQXLIFF): {@code mq:status} on {@code <trans-unit>}. */
  public static final String MEMOQ_NS = "MQXliff";
  /** Phrase TMS (MXLIFF): {@code m:confirmed} on {@code <trans-unit>}, {@code m:level} on {@code <xliff>}. */
  public static final String PHRASE_NS = "http://www.memsource.com/mxlf/2.0";

  private ReviewStates() {}

  /**
   * A tool's own review state of a unit: the attribute as the file spells it ({@code sdl:conf}), its
   * value, the level it means, or -1 when the value is unknown (the XLIFF state then decides), and
   * what it means in words, for messages.
   */
  public record VendorState(String attribute, String value, int level, String meaning) {
    /** {@code Trados sdl:conf="Draft"} */
    public String describe() {
      return attribute + "=\"" + value + "\"";
    }
  }

  /** Trados Studio's confirmation level ({@code conf} of {@code <sdl:seg>}). */
  public static VendorState trados(String conf) {
    return switch (conf) {
      case "Draft" -> new VendorState("sdl:conf", conf, NONE, "a draft, not confirmed by the translator");
      case "Translated" -> new VendorState("sdl:conf", conf, TRANSLATED, "confirmed by the translator, not reviewed");
      case "RejectedTranslation" -> new VendorState("sdl:conf", conf, NONE, "rejected by the reviewer");
      case "ApprovedTranslation" -> new VendorState("sdl:conf", conf, REVIEWED, "approved by the reviewer");
      case "RejectedSignOff" -> new VendorState("sdl:conf", conf, NONE, "rejected at sign-off");
      case "ApprovedSignOff" -> new VendorState("sdl:conf", conf, FINAL, "signed off");
      case "Unspecified" -> new VendorState("sdl:conf", conf, NONE, "not translated");
      default -> new VendorState("sdl:conf", conf, -1, "a confirmation level localize does not know");
    };
  }

  /** The lowest of a unit's segments' Trados levels (a unit is as far along as its least one). */
  public static VendorState tradosLowest(List<String> confs) {
    VendorState lowest = null;
    for (String conf : confs) {
      VendorState s = trados(conf);
      if (lowest == null || rank(s) < rank(lowest)) {
        lowest = s;
      }
    }
    return lowest;
  }

  private static int rank(VendorState s) {
    return s.level() < 0 ? Integer.MAX_VALUE : s.level();
  }

  /** memoQ's segment status ({@code mq:status} of {@code <trans-unit>}). */
  public static VendorState memoq(String status) {
    return switch (status) {
      case "NotStarted" -> new VendorState("mq:status", status, NONE, "not started");
      case "PartiallyEdited", "Edited" -> new VendorState("mq:status", status, NONE, "edited, not confirmed");
      case "Pretranslated", "PreTranslated" -> new VendorState("mq:status", status, NONE, "pre-translated, not confirmed");
      case "MachineTranslated" -> new VendorState("mq:status", status, NONE, "machine-translated, not confirmed");
      case "AssembledFromFragments", "FragmentAssembled" ->
          new VendorState("mq:status", status, NONE, "assembled from fragments, not confirmed");
      case "Rejected" -> new VendorState("mq:status", status, NONE, "rejected by a reviewer");
      case "ManuallyConfirmed", "Confirmed" -> new VendorState("mq:status", status, TRANSLATED, "confirmed by the translator, not reviewed");
      case "Reviewer1Confirmed" -> new VendorState("mq:status", status, REVIEWED, "confirmed by Reviewer 1");
      case "Reviewer2Confirmed", "Proofread" -> new VendorState("mq:status", status, FINAL, "confirmed by Reviewer 2 (proofread)");
      default -> new VendorState("mq:status", status, -1, "a status localize does not know");
    };
  }

  /**
   * Phrase TMS: {@code m:confirmed} holds the workflow step whose linguist confirmed the segment
   * (0: nobody); step 1 is the translation, a later step a revision. A confirmation in step 1 is
   * the translator's, however late the job's own step ({@code m:level} of the file).
   */
  public static VendorState phrase(String confirmed) {
    int step;
    try {
      step = Integer.parseInt(confirmed.trim());
    } catch (NumberFormatException e) {
      return new VendorState("m:confirmed", confirmed, -1, "a value localize does not know");
    }
    if (step <= 0) {
      return new VendorState("m:confirmed", confirmed, NONE, "not confirmed");
    }
    if (step == 1) {
      return new VendorState("m:confirmed", confirmed, TRANSLATED, "confirmed in the translation step, not reviewed");
    }
    return new VendorState("m:confirmed", confirmed, REVIEWED, "confirmed in workflow step " + step + ", a revision");
  }

  /**
   * The level of a unit. A tool's own review state wins where it has one the table knows; else the
   * XLIFF state; a state that says nothing of a translation ({@code new}, {@code needs-translation},
   * {@code initial}: what extract writes and OmegaT leaves on what it translates) leaves it to the
   * text: a target that differs from the source is a translation.
   */
  public static int level(XliffUnit u, Content source) {
    Content target = u.target();
    if (target == null || target.parts().isEmpty()) {
      return NONE;
    }
    VendorState vendor = u.vendorState();
    if (vendor != null && vendor.level() >= 0) {
      return vendor.level();
    }
    String qualifier = u.stateQualifier() == null ? "" : u.stateQualifier();
    if (qualifier.startsWith("rejected-")) {
      return NONE; // XLIFF 1.2: rejected-grammar, rejected-inaccurate, rejected-length, rejected-spelling
    }
    String state = u.state() == null ? "" : u.state();
    int level = switch (state) {
      case "final" -> FINAL;
      case "signed-off", "reviewed" -> REVIEWED;
      case "translated", "needs-review-translation", "needs-review-l10n", "needs-review-adaptation",
          "needs-adaptation", "needs-l10n" -> TRANSLATED;
      // A tool that translates without touching the state (OmegaT) leaves it as we wrote it
      // (needs-translation in 1.2, initial in 2): the text alone then tells whether the unit was
      // translated.
      default -> target.sameSignature(source) ? NONE : TRANSLATED;
    };
    if (level < REVIEWED && (qualifier.equals("mt-suggestion") || qualifier.equals("tm-suggestion"))) {
      return NONE; // a suggestion offered to the translator is not yet a translation
    }
    return u.approved() ? Math.max(level, REVIEWED) : level;
  }

  /** What the tool's state says, for a message: {@code  (sdl:conf="Draft": a draft, ...)}, or "". */
  public static String why(XliffUnit u) {
    VendorState v = u.vendorState();
    if (v != null && v.level() >= 0) {
      return " (" + v.describe() + ": " + v.meaning() + ")";
    }
    if (u.stateQualifier() != null && u.stateQualifier().startsWith("rejected-")) {
      return " (state-qualifier=\"" + u.stateQualifier() + "\": rejected by a reviewer)";
    }
    if (u.state() != null && !u.state().isEmpty() && u.target() != null && !u.target().parts().isEmpty()) {
      return " (state=\"" + u.state() + "\")";
    }
    return "";
  }

  /** The words of a level. */
  public static String name(int level) {
    return switch (level) {
      case NONE -> "untranslated";
      case TRANSLATED -> "translated";
      case REVIEWED -> "reviewed";
      default -> "final";
    };
  }
}
