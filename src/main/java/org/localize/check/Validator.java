package org.localize.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.locale.Glossary;
import org.localize.locale.LocaleData;
import org.localize.locale.SameInstance;
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

  /**
   * From this many units a story's units are checked on all cores (a live blog of 20,000 posts,
   * {@link #onAllCores}); a usual story is checked on one thread, since a batch already gives each
   * core its own stories. The units are passed to the story checks in story order, so findings and
   * story checks are the same as on one thread.
   */
  static final int PARALLEL_FROM = 256;

  private final Map<SameInstance, LocaleTools> tools = new ConcurrentHashMap<>();
  private final Map<Glossary, Map<SameInstance, Once<TermIndex>>> names = new ConcurrentHashMap<>();

  private final int parallelFrom;

  public Validator(CheckRegistry registry) {
    this(registry, PARALLEL_FROM);
  }

  /** A validator that checks the units of stories of {@code parallelFrom} units or more on all cores. */
  Validator(CheckRegistry registry, int parallelFrom) {
    this.registry = registry;
    this.parallelFrom = parallelFrom;
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
   *
   * <p>The units are prepared and checked one at a time (on all cores, at most {@link #AHEAD} ahead
   * of the story checks, in a story of {@link #PARALLEL_FROM} units or more) and dropped afterwards; story checks
   * keep their own compact summaries ({@link StoryCheck.Pass}). Memory therefore grows with the
   * findings, not with the size of the story.
   */
  public List<Finding> validate(List<TextPair> pairs, CheckContext ctx) {
    Story story = prepare(pairs, ctx);
    List<Check> unitChecks = new ArrayList<>();
    List<StoryCheck.Pass> passes = new ArrayList<>();
    for (Check c : registry.checks()) {
      if (!ctx.enabled(c)) {
        continue;
      }
      if (c instanceof StoryCheck sc) {
        passes.add(sc.begin(story));
      } else {
        unitChecks.add(c);
      }
    }
    List<Finding> unitFindings = new ArrayList<>();
    List<int[]> groups = new ArrayList<>(); // unit index, first finding, end (exclusive) in unitFindings
    java.util.function.IntFunction<Checked> checkOne = i -> {
      TextPair pair = pairs.get(i);
      Unit u = new Unit(pair, i, story);
      List<Finding> out = new ArrayList<>(2);
      for (Check c : unitChecks) {
        if (pair.target() != null || !c.needsTarget()) {
          c.check(u, story, out);
        }
      }
      return new Checked(u, out);
    };
    java.util.function.ObjIntConsumer<Checked> inOrder = (checked, i) -> { // story checks see the units one by one
      for (StoryCheck.Pass p : passes) {
        p.accept(checked.unit);
      }
      List<Finding> out = checked.findings;
      if (!out.isEmpty()) {
        out.sort(OFFSET);
        groups.add(new int[] {i, unitFindings.size(), unitFindings.size() + out.size()});
        unitFindings.addAll(out);
      }
    };
    if (pairs.size() >= parallelFrom && Runtime.getRuntime().availableProcessors() > 1) {
      onAllCores(pairs.size(), checkOne, inOrder);
    } else {
      for (int i = 0; i < pairs.size(); i++) {
        inOrder.accept(checkOne.apply(i), i);
      }
    }
    List<Finding> all = unitFindings;
    List<Finding> storyWide = new ArrayList<>();
    for (StoryCheck.Pass p : passes) {
      p.finish(storyWide);
    }
    if (!storyWide.isEmpty()) {
      all = withStoryFindings(pairs, all, groups, storyWide);
    }
    if (!ctx.severities().isEmpty()) {
      all.replaceAll(f -> {
        Severity s = ctx.severities().get(f.check());
        return s == null ? f : new Finding(f.check(), s, f.unit(), f.message(), f.start(), f.end(), f.suggestion());
      });
    }
    return all;
  }

  /** A unit with its findings, until the story checks have taken it. */
  private record Checked(Unit unit, List<Finding> findings) {}

  /** What checking a unit threw, thrown on this thread when the unit's turn comes. */
  private record Failed(Throwable thrown) {}

  /**
   * Checks units {@code 0..n-1} with {@code check} on all cores, and hands each to {@code inOrder}
   * on this thread, in story order, as soon as it and those before it are checked. Every thread (the
   * common pool's, and this one between handing units on) takes the next unit as it is free, with no
   * wave for all of them to finish. At most {@link #AHEAD} units wait to be handed on, so memory
   * grows with the findings, not with the story. This thread never waits for the pool to start: a
   * pool busy elsewhere only means it checks every unit itself; it waits only for a unit another
   * thread has taken. What a check throws is thrown here when its unit's turn comes, as on one
   * thread, and the pool's threads have stopped by the time this returns or throws.
   */
  private static void onAllCores(int n, java.util.function.IntFunction<Checked> check,
      java.util.function.ObjIntConsumer<Checked> inOrder) {
    java.util.concurrent.atomic.AtomicReferenceArray<Object> ready = new java.util.concurrent.atomic.AtomicReferenceArray<>(AHEAD);
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger handedOn = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
    // stop: set by this thread once it hands on no more (done, or throwing); a unit taken is checked
    // until then, whatever happened to another, since this thread waits for every unit before a failed one
    Runnable worker = () -> {
      running.incrementAndGet(); // before looking at stop: this thread then waits for it, or it sees stop
      Pause pause = new Pause();
      try {
        for (int i; !stop.get() && (i = next.getAndIncrement()) < n; ) {
          while (i >= handedOn.get() + AHEAD) { // its place is still taken: this thread is far ahead
            if (stop.get()) {
              return;
            }
            pause.now();
          }
          pause.reset();
          ready.set(i % AHEAD, checked(check, i));
        }
      } finally {
        pause.done();
        running.decrementAndGet();
      }
    };
    int helpers = Math.min(java.util.concurrent.ForkJoinPool.getCommonPoolParallelism(),
        Runtime.getRuntime().availableProcessors() - 1);
    for (int k = 0; k < helpers; k++) {
      java.util.concurrent.ForkJoinPool.commonPool().execute(worker);
    }
    Pause pause = new Pause();
    try {
      for (int t = 0; t < n; ) {
        Object r = ready.get(t % AHEAD);
        if (r != null) {
          ready.set(t % AHEAD, null);
          if (r instanceof Failed f) {
            rethrow(f.thrown());
          }
          inOrder.accept((Checked) r, t);
          handedOn.set(++t);
          pause.reset();
          continue;
        }
        int i = next.get();
        if (i < n && i < t + AHEAD && next.compareAndSet(i, i + 1)) {
          ready.set(i % AHEAD, checked(check, i)); // nothing to hand on yet: check one more here
          pause.reset();
        } else {
          pause.now(); // the next unit is being checked on another core
        }
      }
    } finally {
      stop.set(true);
      while (running.get() > 0) { // at most the unit each is checking
        pause.now();
      }
      pause.done();
    }
  }

  /**
   * Waiting for another thread: a short spin (a unit takes tens of microseconds), then 50 µs naps.
   * An interrupt does not cut a nap short into a spin: the flag is kept aside and set again at the
   * end ({@link #done}), for whoever asked this thread to stop (a batch that gives up).
   */
  private static final class Pause {
    private int spins;
    private boolean interrupted;

    void now() {
      if (++spins < 1_000) {
        Thread.onSpinWait();
        return;
      }
      interrupted |= Thread.interrupted();
      java.util.concurrent.locks.LockSupport.parkNanos(50_000);
    }

    void reset() {
      spins = 0;
    }

    void done() {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** How many checked units may wait to be handed to the story checks ({@link #onAllCores}). */
  static final int AHEAD = 512;

  private static Object checked(java.util.function.IntFunction<Checked> check, int i) {
    try {
      return check.apply(i);
    } catch (Throwable e) {
      return new Failed(e);
    }
  }

  private static void rethrow(Throwable e) {
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error r) {
      throw r;
    }
    throw new IllegalStateException(e);
  }

  /**
   * Adds each story finding to the findings of the first unit with its pointer (the first unit when
   * none has it), after that unit's own, and sorts that unit's findings again by offset.
   */
  private static List<Finding> withStoryFindings(List<TextPair> pairs, List<Finding> all, List<int[]> groups,
      List<Finding> storyWide) {
    Map<String, Integer> order = new HashMap<>();
    for (Finding f : storyWide) {
      order.put(f.unit(), null);
    }
    for (int i = 0; i < pairs.size(); i++) {
      String pointer = pairs.get(i).pointer();
      if (order.containsKey(pointer) && order.get(pointer) == null) {
        order.put(pointer, i);
      }
    }
    java.util.TreeMap<Integer, List<Finding>> extra = new java.util.TreeMap<>();
    for (Finding f : storyWide) {
      Integer at = order.get(f.unit());
      extra.computeIfAbsent(at == null ? 0 : at, k -> new ArrayList<>()).add(f);
    }
    List<Finding> merged = new ArrayList<>(all.size() + storyWide.size());
    int g = 0;
    while (g < groups.size() || !extra.isEmpty()) {
      int unitOfGroup = g < groups.size() ? groups.get(g)[0] : Integer.MAX_VALUE;
      int unitOfExtra = extra.isEmpty() ? Integer.MAX_VALUE : extra.firstKey();
      if (unitOfGroup < unitOfExtra) {
        merged.addAll(all.subList(groups.get(g)[1], groups.get(g)[2]));
        g++;
        continue;
      }
      List<Finding> list = new ArrayList<>();
      if (unitOfGroup == unitOfExtra) {
        list.addAll(all.subList(groups.get(g)[1], groups.get(g)[2]));
        g++;
      }
      list.addAll(extra.pollFirstEntry().getValue());
      list.sort(OFFSET);
      merged.addAll(list);
    }
    return merged;
  }

  Story prepare(List<TextPair> pairs, CheckContext ctx) {
    return new Story(ctx, tools(ctx.source()), tools(ctx.target()), index(ctx.glossary(), ctx.source()),
        index(ctx.glossary(), ctx.target()), pairs);
  }

  private LocaleTools tools(LocaleData data) {
    return tools.computeIfAbsent(new SameInstance(data), k -> new LocaleTools(data)); // cheap: its pieces are built on use
  }

  private Once<TermIndex> index(Glossary glossary, LocaleData data) {
    // one index per glossary and locale data (repositories hand out one LocaleData per locale)
    return names.computeIfAbsent(glossary, g -> new ConcurrentHashMap<>())
        .computeIfAbsent(new SameInstance(data), k -> new Once<>(() -> TermIndex.of(glossary, data)));
  }

  /**
   * What checking a translation from {@code source} into {@code target} with {@code glossary} needs
   * when the checks or families {@code disabled} are off: the ICU transforms first, then the pieces the
   * first checks need last first.
   */
  List<Once<?>> pieces(LocaleData source, LocaleData target, Glossary glossary, java.util.Collection<String> disabled) {
    java.util.Set<String> families = new java.util.HashSet<>();
    for (Check c : registry.checks()) {
      if (!disabled.contains(c.id()) && !disabled.contains(c.family())) {
        families.add(c.family());
      }
    }
    // the transforms first: each waits for ICU's transform registry and they are compiled one after
    // another, the longest chain of a cold run (the checks that need them run from the first unit)
    List<Once<?>> out = new ArrayList<>(tools(target).transforms(true, families));
    out.addAll(tools(source).transforms(false, families));
    out.addAll(tools(target).pieces(true, families));
    out.addAll(tools(source).pieces(false, families));
    if (families.contains("names")) {
      out.add(index(glossary, target));
      out.add(index(glossary, source));
    }
    return out;
  }

  /** Whether {@link #prefetch} would find something to build. */
  public boolean needsPrefetch(LocaleData source, LocaleData target, Glossary glossary, java.util.Collection<String> disabled) {
    return pieces(source, target, glossary, disabled).stream().anyMatch(o -> !o.isDone());
  }

  /**
   * Builds, in the calling thread, what checking a translation from {@code source} into {@code
   * target} with {@code glossary} needs (the checks or families {@code disabled} aside) and no thread
   * has started building: for a background thread started as soon as a command knows the locales,
   * so that on a second core the locale data is ready, or half ready, when the checks reach it (a
   * cold single-story run spends most of its time there). The ICU transforms come first (the longest
   * chain of that work), then the pieces the first checks need last, so that the two threads meet in
   * the middle. Never throws: the check that needs a piece builds it again and reports what went wrong.
   */
  public void prefetch(LocaleData source, LocaleData target, Glossary glossary, java.util.Collection<String> disabled) {
    for (Once<?> piece : pieces(source, target, glossary, disabled)) {
      try {
        piece.prefetch();
      } catch (RuntimeException | LinkageError e) {
        // see above
      }
    }
  }
}
