package org.localize.check;

import com.ibm.icu.util.ULocale;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.localize.diag.Severity;
import org.localize.locale.Glossary;
import org.localize.locale.LocaleData;
import org.localize.locale.LocaleRepository;

/**
 * What the checks know about a story besides its strings.
 *
 * @param source house style of the source locale
 * @param target house style of the target locale
 * @param published the story's publication time, or null; its offset is the story's time zone
 * @param glossary names glossary (may be empty)
 * @param disabled check ids or families to skip
 * @param severities severity overrides by check id
 */
public record CheckContext(
    LocaleData source,
    LocaleData target,
    OffsetDateTime published,
    Glossary glossary,
    Set<String> disabled,
    Map<String, Severity> severities) {

  public CheckContext {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(glossary, "glossary");
    disabled = Set.copyOf(disabled);
    severities = Map.copyOf(severities);
  }

  /** A context with every check on at its default severity. */
  public static CheckContext of(LocaleData source, LocaleData target, OffsetDateTime published, Glossary glossary) {
    return new CheckContext(source, target, published, glossary, Set.of(), Map.of());
  }

  /** Convenience: resolves both locales from BCP 47 tags in {@code repo}. */
  public static CheckContext of(
      LocaleRepository repo, String sourceTag, String targetTag, OffsetDateTime published, Glossary glossary) {
    return of(repo.forTag(sourceTag), repo.forTag(targetTag), published, glossary);
  }

  public ULocale sourceLocale() {
    return source.locale();
  }

  public ULocale targetLocale() {
    return target.locale();
  }

  /** The same context with {@code idOrFamily} switched off. */
  public CheckContext without(String idOrFamily) {
    Set<String> d = new java.util.HashSet<>(disabled);
    d.add(idOrFamily);
    return new CheckContext(source, target, published, glossary, d, severities);
  }

  /** The same context with the severity of check {@code id} overridden. */
  public CheckContext withSeverity(String id, Severity severity) {
    Map<String, Severity> s = new java.util.HashMap<>(severities);
    s.put(id, severity);
    return new CheckContext(source, target, published, glossary, disabled, s);
  }

  /** Whether {@code check} should run. */
  public boolean enabled(Check check) {
    return !disabled.contains(check.id()) && !disabled.contains(check.family());
  }
}
