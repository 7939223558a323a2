package org.localize.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.locale.Concept;
import org.localize.locale.Glossary;
import org.localize.locale.LocaleData;
import org.localize.locale.Terms;
import org.localize.unit.TextPair;

/**
 * Runs the registered checks over a story's unit pairs and returns the findings in story order.
 *
 * <p>Design note: a validator is meant to live as long as the process. It caches, per locale and
 * per glossary, the compiled patterns and ICU objects the checks share, so validating a story only
 * prepares its own strings. It is thread-safe; stories can be validated on all cores at once.
 */
public final class Validator {

  private static final Comparator<Finding> OFFSET = Comparator.comparingInt(Finding::start)
      .thenComparingInt(Finding::end).thenComparing(Finding::check);

  private final CheckRegistry registry;
  /** Cache key by identity: repositories hand out one LocaleData per locale, and deep record hashing costs microseconds. */
  private record Same(Object value) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Same s && s.value == value;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value);
    }
  }

  private final Map<Same, LocaleTools> tools = new ConcurrentHashMap<>();
  private final Map<Glossary, Map<String, TermIndex>> names = new ConcurrentHashMap<>();

  public Validator(CheckRegistry registry) {
    this.registry = registry;
  }

  /** A validator with every standard check. */
  public static Validator standard() {
    return new Validator(CheckRegistry.standard());
  }

  public CheckRegistry registry() {
    return registry;
  }

  /**
   * Checks every pair; a pair with a null target gets only completeness findings. Findings are
   * sorted by the pair's position in {@code pairs}, then by offset.
   */
  public List<Finding> validate(List<TextPair> pairs, CheckContext ctx) {
    Story story = prepare(pairs, ctx);
    List<List<Finding>> perUnit = new ArrayList<>();
    for (Unit u : story.units()) {
      List<Finding> out = new ArrayList<>();
      for (Check c : registry.checks()) {
        if (ctx.enabled(c) && !(c instanceof StoryCheck) && (u.target() != null || !c.needsTarget())) {
          c.check(u, story, out);
        }
      }
      perUnit.add(out);
    }
    List<Finding> storyWide = new ArrayList<>();
    for (Check c : registry.checks()) {
      if (ctx.enabled(c) && c instanceof StoryCheck sc) {
        sc.checkStory(story, storyWide);
      }
    }
    Map<String, Integer> order = new HashMap<>();
    for (Unit u : story.units()) {
      order.putIfAbsent(u.pair().pointer(), u.index());
    }
    for (Finding f : storyWide) {
      perUnit.get(order.getOrDefault(f.unit(), 0)).add(f);
    }
    List<Finding> all = new ArrayList<>();
    for (List<Finding> list : perUnit) {
      list.sort(OFFSET);
      for (Finding f : list) {
        Severity s = ctx.severities().get(f.check());
        all.add(s == null ? f : new Finding(f.check(), s, f.unit(), f.message(), f.start(), f.end(), f.suggestion()));
      }
    }
    return all;
  }

  Story prepare(List<TextPair> pairs, CheckContext ctx) {
    LocaleTools src = tools.computeIfAbsent(new Same(ctx.source()), k -> new LocaleTools(ctx.source()));
    LocaleTools tgt = tools.computeIfAbsent(new Same(ctx.target()), k -> new LocaleTools(ctx.target()));
    return new Story(ctx, src, tgt, index(ctx.glossary(), ctx.source()), index(ctx.glossary(), ctx.target()), pairs);
  }

  private TermIndex index(Glossary glossary, LocaleData data) {
    String key = data.language() + "|" + data.names().inflection();
    return names.computeIfAbsent(glossary, g -> new ConcurrentHashMap<>())
        .computeIfAbsent(key, k -> TermIndex.of(glossary.forms(data.language(), data.names().inflection()),
            anyScriptNames(glossary)));
  }

  /** Names of any-script concepts in every language: Reuters is accepted as written in Russian text. */
  private static Map<String, List<String>> anyScriptNames(Glossary glossary) {
    Map<String, List<String>> m = new HashMap<>();
    for (Concept c : glossary.concepts()) {
      if (c.anyScript()) {
        List<String> all = new ArrayList<>();
        c.terms().values().stream().map(Terms::names).forEach(all::addAll);
        m.put(c.id(), List.copyOf(all));
      }
    }
    return m;
  }
}
