package org.localize.tm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.localize.locale.LocaleTags;

/**
 * A translation memory held in memory, in the order its translations were added; identical
 * translations (same locales, source and target) are kept once, with their earliest creation and
 * latest change, and the story, unit and state of the latest.
 */
public final class Memory {
  private final Map<String, TmUnit> units = new LinkedHashMap<>();
  private final String declaredSource;

  public Memory() {
    this.declaredSource = null;
  }

  public Memory(List<TmUnit> units) {
    this(units, null);
  }

  /** A memory read from a file whose header names {@code declaredSource} (null: none, or {@code *all*}). */
  public Memory(List<TmUnit> units, String declaredSource) {
    this.declaredSource = declaredSource;
    units.forEach(this::add);
  }

  /** The source language the file's header names, or null (none, or {@code *all*}). */
  public String declaredSource() {
    return declaredSource;
  }

  /** Adds a translation; returns whether it was new (not a duplicate). */
  public boolean add(TmUnit u) {
    String key = u.key();
    TmUnit old = units.get(key);
    if (old == null) {
      units.put(key, u);
      return true;
    }
    boolean newer = u.changed() != null && (old.changed() == null || u.changed().isAfter(old.changed()));
    TmUnit latest = newer ? u : old;
    Instant created = min(old.created(), u.created());
    units.put(key, new TmUnit(old.sourceLocale(), old.targetLocale(), old.source(), old.target(),
        latest.story() != null ? latest.story() : old.story(), latest.unit() != null ? latest.unit() : old.unit(),
        latest.state() != null ? latest.state() : old.state(), created, latest.changed()));
    return false;
  }

  public List<TmUnit> units() {
    return List.copyOf(units.values());
  }

  public int size() {
    return units.size();
  }

  /** The translations from {@code source} into {@code target}, compared by language. */
  public List<TmUnit> pair(String source, String target) {
    String s = LocaleTags.language(source);
    String t = LocaleTags.language(target);
    List<TmUnit> out = new ArrayList<>();
    for (TmUnit u : units.values()) {
      if (LocaleTags.language(u.sourceLocale()).equals(s) && LocaleTags.language(u.targetLocale()).equals(t)) {
        out.add(u);
      }
    }
    return out;
  }

  /** The translations into {@code target} (by language), for {@code tm export --target}. */
  public List<TmUnit> into(String target) {
    String t = LocaleTags.language(target);
    return units.values().stream().filter(u -> LocaleTags.language(u.targetLocale()).equals(t)).toList();
  }

  /** Per language pair ({@code en → ru}): how many translations and the latest change. */
  public Map<String, PairStats> stats() {
    Map<String, PairStats> out = new TreeMap<>();
    for (TmUnit u : units.values()) {
      String pair = u.sourceLocale() + " → " + u.targetLocale();
      PairStats old = out.get(pair);
      out.put(pair, old == null ? new PairStats(1, u.changed()) : new PairStats(old.units() + 1, max(old.lastChange(), u.changed())));
    }
    return out;
  }

  /** What {@link #stats()} gives per language pair. */
  public record PairStats(int units, Instant lastChange) {}

  private static Instant min(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }
}
