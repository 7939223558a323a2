package org.localize.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.localize.locale.Glossary;
import org.localize.locale.LocaleData;
import org.localize.locale.LocaleRepository;

/**
 * What the checks build before their first unit in a cold run, piece by piece, on one thread: run in
 * a fresh JVM ({@code bench/run phase cold-parts [RUNS]} starts one per run, with the launcher's
 * flags and start-up archive), it prints one line per piece, {@code milliseconds<TAB>what}. The
 * pieces are those {@link Validator#prefetch} builds for a translation (each ICU transform, number
 * and date vocabulary, main script, names index), in its order, after the locale data and the checks'
 * registry; a command overlaps them with its own work on a second core, so their sum is CPU, not the
 * wall time a cold run adds. It lives in the checks' package to reach the pieces (package-private).
 */
public final class ColdParts {
  private ColdParts() {}

  private static final List<String> LINES = new ArrayList<>();

  public static void main(String[] args) {
    String source = args[0];
    String target = args[1];
    long start = System.nanoTime();
    LocaleRepository repo = LocaleRepository.builtIn();
    Glossary glossary = Glossary.merge(List.of(repo.glossary()));
    LocaleData src = repo.forTag(source);
    LocaleData tgt = repo.forTag(target);
    line("the locale data of " + source + " and " + target + ", and the built-in glossary", start);
    long t = System.nanoTime();
    CheckRegistry registry = CheckRegistry.standard();
    line("the checks (CheckRegistry.standard)", t);
    t = System.nanoTime();
    LocaleTools.loadTransforms();
    line("ICU's transform registry", t);
    Set<String> families = new HashSet<>();
    registry.checks().forEach(c -> families.add(c.family()));
    LocaleTools targetTools = new LocaleTools(tgt);
    LocaleTools sourceTools = new LocaleTools(src);
    List<Once<?>> pieces = new ArrayList<>(targetTools.transforms(true, families));
    List<String> sides = new ArrayList<>();
    pieces.forEach(p -> sides.add(target));
    for (Once<?> p : sourceTools.transforms(false, families)) {
      pieces.add(p);
      sides.add(source);
    }
    for (Once<?> p : targetTools.pieces(true, families)) {
      pieces.add(p);
      sides.add(target);
    }
    for (Once<?> p : sourceTools.pieces(false, families)) {
      pieces.add(p);
      sides.add(source);
    }
    for (int i = 0; i < pieces.size(); i++) {
      t = System.nanoTime();
      Object value = pieces.get(i).get();
      line(sides.get(i) + ": " + what(value), t);
    }
    for (LocaleData data : List.of(tgt, src)) {
      t = System.nanoTime();
      TermIndex.of(glossary, data); // as Validator builds it, without its cache
      line(data.language() + ": the names index (the glossary's and CLDR's places' forms)", t);
    }
    line("all of it", start);
    LINES.forEach(System.out::println);
  }

  private static void line(String what, long since) {
    LINES.add(String.format(Locale.ROOT, "%.1f\t%s", (System.nanoTime() - since) / 1e6, what));
  }

  private static String what(Object value) {
    if (value instanceof Map<?, ?>) {
      return "ICU transforms into its script";
    }
    if (value instanceof com.ibm.icu.text.Transliterator) {
      return "ICU transform to the Latin key of names";
    }
    if (value instanceof NumberNouns) {
      return "number nouns (plural forms of units)";
    }
    if (value instanceof NumberWords) {
      return "number words";
    }
    if (value instanceof DateVocabulary) {
      return "date vocabulary";
    }
    if (value instanceof Integer) {
      return "main script";
    }
    return value == null ? "nothing" : value.getClass().getSimpleName();
  }
}
