package org.localize.tm;

import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localize.merge.Merger;
import org.localize.unit.Content;
import org.localize.unit.Unit;
import org.localize.xliff.TranslationFile;
import org.localize.xliff.XliffDocument;
import org.localize.xliff.XliffUnit;

/**
 * Reuses earlier translations for the units of a story: from the XLIFF of its previous version
 * and from a translation memory.
 *
 * <ul>
 *   <li><b>In context</b>: the same unit id (built from block ids, so it survives a moved
 *       paragraph) with the same source, in the previous XLIFF or in the memory for this story.
 *       The translation comes back with the state it had, approval included
 *       ({@code state-qualifier="id-match"}).
 *   <li><b>Exact</b>: the same source elsewhere (another unit, another story). Pre-translated with
 *       {@code state="needs-review-translation"} and {@code state-qualifier="exact-match"}: the
 *       words are right, but nobody has yet read them in this place, which CAT tools show and
 *       {@code merge --require reviewed} refuses.
 *   <li><b>Fuzzy</b>: similar sources (score ≥ the threshold) become {@code <alt-trans>}
 *       suggestions; the unit stays untranslated. A unit whose source changed since the previous
 *       version always gets its earlier translation as a suggestion, whatever its score.
 * </ul>
 */
public final class Leverage {
  /** The default lowest fuzzy score offered. */
  public static final int DEFAULT_FUZZY = 75;
  private static final int MAX_SUGGESTIONS = 3;

  /** What was found for a unit. */
  public enum Category {
    /** Nothing similar enough. */
    NEW,
    /** The previous version had this unit with another source. */
    CHANGED,
    /** The same unit with the same source: its translation is kept. */
    IN_CONTEXT,
    /** The same source elsewhere. */
    EXACT,
    /** A similar source (see {@link Result#score()}). */
    FUZZY
  }

  /** A unit with what was found for it: its category, best score (0 for none) and XLIFF entry. */
  public record Result(Unit unit, Category category, int score, TranslationFile.Entry entry) {}

  /** An earlier translation with where it comes from. */
  private static final class Candidate {
    final Content source;
    final Content target;
    final String state;
    final boolean approved;
    final String origin;
    final String story;
    final String unit;
    final Instant changed;
    final boolean previous;
    final String signature;
    /** Its place in {@link #candidates} (the order suggestions of equal score keep). */
    int index;
    Similarity.Tokens tokens;

    Candidate(Content source, Content target, String state, boolean approved, String origin, String story, String unit,
        Instant changed, boolean previous) {
      this.source = source;
      this.target = target;
      this.state = state;
      this.approved = approved;
      this.origin = origin;
      this.story = story;
      this.unit = unit;
      this.changed = changed;
      this.previous = previous;
      this.signature = source.signature();
    }
  }

  private final String storyId;
  private final Similarity.Tokenizer tokenizer;
  private final int threshold;
  private final List<Candidate> candidates = new ArrayList<>();
  private final Map<String, List<Candidate>> bySignature = new HashMap<>();
  private final Map<String, Candidate> previousById = new HashMap<>();
  /** The first memory candidate of each story and unit: the memory's own version of a unit. */
  private final Map<UnitKey, Candidate> memoryByUnit = new HashMap<>();

  private record UnitKey(String story, String unit) {}

  /**
   * For each folded token, the candidates that hold it and how often (their {@link
   * Similarity.Tokens#bag}, inverted): made at the first fuzzy lookup. A candidate that shares no
   * token with a unit cannot reach a threshold of 1 or more, so a lookup scores only the candidates
   * it reaches here.
   */
  private Map<String, Postings> postings;
  /** Per candidate, the tokens (folded, counted) it shares with the unit looked up; zero again after each lookup. */
  private int[] shared;
  /** Whether lookups go through {@link #postings} (the tests compare them with the scan of every candidate). */
  boolean indexed = true;

  /** The candidates holding one folded token, with how many times each holds it, in the candidates' order. */
  private static final class Postings {
    int[] candidates = new int[4];
    int[] counts = new int[4];
    int size;

    void add(int candidate, int count) {
      if (size == candidates.length) {
        candidates = java.util.Arrays.copyOf(candidates, size * 2);
        counts = java.util.Arrays.copyOf(counts, size * 2);
      }
      candidates[size] = candidate;
      counts[size++] = count;
    }
  }

  /**
   * Prepares the lookups. {@code previous} (may be null) must be a translation of the same story in
   * the same language pair (the caller checks); {@code memory} (may be null) is filtered to the
   * pair. {@code previousName} and {@code memoryName} are the origins shown to translators.
   */
  public Leverage(String storyId, String sourceLocale, String targetLocale, XliffDocument previous, String previousName,
      Memory memory, String memoryName, int threshold) {
    this.storyId = storyId;
    this.tokenizer = new Similarity.Tokenizer(ULocale.forLanguageTag(sourceLocale));
    this.threshold = threshold;
    if (previous != null) {
      for (XliffUnit u : previous.units()) {
        int level = Merger.level(u, u.source());
        if (level == 0) {
          continue;
        }
        Candidate c = new Candidate(u.source(), u.target(), state(u.state(), level), u.approved(), previousName,
            previous.storyId(), u.id(), null, true);
        add(c);
        previousById.put(u.id(), c);
      }
    }
    if (memory != null) {
      List<TmUnit> pair = new ArrayList<>(memory.pair(sourceLocale, targetLocale));
      // the newest first, so that of several translations of one source the latest wins
      pair.sort(Comparator.comparing(TmUnit::changed, Comparator.nullsLast(Comparator.reverseOrder())));
      for (TmUnit u : pair) {
        add(new Candidate(u.source(), u.target(), u.state(), false, memoryName, u.story(), u.unit(), u.changed(), false));
      }
    }
  }

  private void add(Candidate c) {
    c.index = candidates.size();
    candidates.add(c);
    if (!c.previous && c.story != null && c.unit != null) {
      memoryByUnit.putIfAbsent(new UnitKey(c.story, c.unit), c);
    }
    bySignature.computeIfAbsent(c.signature, k -> new ArrayList<>()).add(c);
  }

  /** An XLIFF 1.2 state for a translation found at {@code level} (see {@link Merger#level}). */
  public static String state(String state, int level) {
    if (level >= 3) {
      return "final";
    }
    if (level == 2) {
      return "signed-off";
    }
    return state != null && (state.equals("translated") || state.startsWith("needs-review-")
        || state.equals("needs-adaptation") || state.equals("needs-l10n")) ? state : "translated";
  }

  /** What was found for each unit, in order. */
  public List<Result> apply(List<Unit> units) {
    List<Result> out = new ArrayList<>(units.size());
    for (Unit u : units) {
      out.add(apply(u));
    }
    return out;
  }

  /** What was found for one unit. */
  public Result apply(Unit unit) {
    String signature = unit.source().signature();
    List<Candidate> same = bySignature.getOrDefault(signature, List.of());
    Candidate changedFrom = null;
    Candidate previous = previousById.get(unit.id());
    if (previous != null) {
      if (previous.signature.equals(signature)) {
        Result r = inContext(unit, previous);
        if (r != null) {
          return r;
        }
      } else {
        changedFrom = previous;
      }
    }
    for (Candidate c : same) {
      if (!c.previous && storyId != null && storyId.equals(c.story) && unit.id().equals(c.unit)) {
        Result r = inContext(unit, c);
        if (r != null) {
          return r;
        }
      }
    }
    if (changedFrom == null && storyId != null) {
      changedFrom = memoryByUnit.get(new UnitKey(storyId, unit.id())); // the memory knew this unit of this story with another source
    }
    for (Candidate c : same) {
      Content target = adapt(c.target, unit.source());
      if (target != null) {
        String where = c.unit == null ? "" : " (unit " + c.unit + (c.story == null || c.story.equals(storyId) ? "" : " of " + c.story) + ")";
        String note = "localize: the same text was translated elsewhere" + where + " in " + c.origin
            + "; the translation is reused here for review (state-qualifier exact-match).";
        return new Result(unit, Category.EXACT, 100, new TranslationFile.Entry(unit, target, "needs-review-translation",
            "exact-match", false, List.of(note), suggestions(unit, changedFrom)));
      }
    }
    List<TranslationFile.Suggestion> suggestions = suggestions(unit, changedFrom);
    int best = suggestions.stream().mapToInt(TranslationFile.Suggestion::score).max().orElse(0);
    List<String> notes = new ArrayList<>();
    Category category;
    if (changedFrom != null) {
      category = Category.CHANGED;
      notes.add("localize: the source changed since " + changedFrom.origin
          + "; the earlier translation is offered as a suggestion (alt-trans).");
    } else {
      category = best >= threshold ? Category.FUZZY : Category.NEW;
    }
    return new Result(unit, category, best, new TranslationFile.Entry(unit, null, null, null, false, notes, suggestions));
  }

  private Result inContext(Unit unit, Candidate c) {
    Content target = adapt(c.target, unit.source());
    if (target == null) {
      return null;
    }
    String note = "localize: unchanged since " + c.origin + "; its translation is kept (state " + c.state
        + (c.approved ? ", approved" : "") + ", state-qualifier id-match).";
    return new Result(unit, Category.IN_CONTEXT, 100,
        new TranslationFile.Entry(unit, target, c.state, "id-match", c.approved, List.of(note), List.of()));
  }

  /** Adds candidate {@code c} to {@code found} when it is a suggestion for a unit of {@code tokens}. */
  private void consider(Candidate c, Similarity.Tokens tokens, Candidate changedFrom, List<TranslationFile.Suggestion> found) {
    boolean must = c == changedFrom;
    int score = Similarity.score(tokens, c.tokens, must ? 0 : threshold);
    if (score >= 100 || score < 0) {
      return; // an exact match whose codes do not fit is not a suggestion either
    }
    if (must || score >= threshold) {
      found.add(new TranslationFile.Suggestion(c.source, c.target, score, c.origin));
    }
  }

  /**
   * The candidates that share enough tokens with a unit of {@code tokens} to reach the threshold, and
   * {@code changedFrom}, in the candidates' order: with a threshold of at least 1, any other scores
   * below it (or 100, when both are empty), so the scan of every candidate skips them all. Costs the
   * postings of the unit's tokens, not the memory.
   */
  private int[] reached(Similarity.Tokens tokens, Candidate changedFrom) {
    if (postings == null) {
      postings = new HashMap<>();
      for (Candidate c : candidates) {
        if (c.tokens == null) {
          c.tokens = tokenizer.tokens(c.source);
        }
        for (Map.Entry<String, Integer> e : c.tokens.bag().entrySet()) {
          postings.computeIfAbsent(e.getKey(), k -> new Postings()).add(c.index, e.getValue());
        }
      }
      shared = new int[candidates.size()];
    }
    int[] reached = new int[8];
    int n = 0;
    for (Map.Entry<String, Integer> e : tokens.bag().entrySet()) {
      Postings p = postings.get(e.getKey());
      if (p == null) {
        continue;
      }
      for (int k = 0; k < p.size; k++) {
        int i = p.candidates[k];
        if (shared[i] == 0) {
          if (n == reached.length) {
            reached = java.util.Arrays.copyOf(reached, n * 2);
          }
          reached[n++] = i;
        }
        shared[i] += Math.min(e.getValue(), p.counts[k]);
      }
    }
    // of those, the ones whose shared tokens can reach the threshold (Similarity.score's own test,
    // here on counts already made), and the earlier version of a changed unit whatever it scores
    int must = changedFrom == null ? -1 : changedFrom.index;
    boolean mustKept = false;
    int kept = 0;
    for (int k = 0; k < n; k++) {
      int i = reached[k];
      int longer = Math.max(tokens.size(), candidates.get(i).tokens.size());
      if (i == must || (int) Math.floor(100.0 * shared[i] / longer) >= threshold) {
        reached[kept++] = i;
        mustKept |= i == must;
      }
      shared[i] = 0;
    }
    if (must >= 0 && !mustKept) {
      if (kept == reached.length) {
        reached = java.util.Arrays.copyOf(reached, kept + 1);
      }
      reached[kept++] = must;
    }
    reached = java.util.Arrays.copyOf(reached, kept);
    java.util.Arrays.sort(reached);
    return reached;
  }

  /** The best fuzzy matches (distinct targets), and the earlier translation of a changed unit. */
  private List<TranslationFile.Suggestion> suggestions(Unit unit, Candidate changedFrom) {
    Similarity.Tokens tokens = tokenizer.tokens(unit.source());
    List<TranslationFile.Suggestion> found = new ArrayList<>();
    if (indexed && threshold >= 1) {
      for (int i : reached(tokens, changedFrom)) {
        consider(candidates.get(i), tokens, changedFrom, found);
      }
    } else {
      for (Candidate c : candidates) {
        if (c.tokens == null) {
          c.tokens = tokenizer.tokens(c.source);
        }
        consider(c, tokens, changedFrom, found);
      }
    }
    found.sort(Comparator.comparingInt(TranslationFile.Suggestion::score).reversed());
    Set<String> targets = new HashSet<>();
    List<TranslationFile.Suggestion> out = new ArrayList<>();
    if (changedFrom != null) {
      for (TranslationFile.Suggestion s : found) {
        if (s.source() == changedFrom.source && s.target() == changedFrom.target) {
          out.add(s);
          targets.add(s.target().signature());
        }
      }
    }
    for (TranslationFile.Suggestion s : found) {
      if (out.size() >= MAX_SUGGESTIONS + (changedFrom == null ? 0 : 1)) {
        break;
      }
      if (targets.add(s.target().signature())) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparingInt(TranslationFile.Suggestion::score).reversed());
    return out;
  }

  /**
   * The earlier target with each code replaced by this unit's source code of the same kind and id
   * (its native data and display); null when a code has no counterpart.
   */
  static Content adapt(Content target, Content source) {
    Map<String, Content.Code> byKey = new HashMap<>();
    for (Content.Code c : source.codes()) {
      byKey.put(c.kind() + ":" + c.id(), c);
    }
    List<Content.Part> parts = new ArrayList<>(target.parts().size());
    for (Content.Part p : target.parts()) {
      if (p instanceof Content.Code c) {
        Content.Code mine = byKey.get(c.kind() + ":" + c.id());
        if (mine == null) {
          return null;
        }
        parts.add(mine);
      } else {
        parts.add(p);
      }
    }
    return new Content(parts);
  }
}
