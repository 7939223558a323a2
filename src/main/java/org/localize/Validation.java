package org.localize;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.localize.check.Check;
import org.localize.check.CheckContext;
import org.localize.check.CheckRegistry;
import org.localize.check.Validator;
import org.localize.diag.Finding;
import org.localize.diag.LocalizeException;
import org.localize.locale.Glossary;
import org.localize.locale.GlossaryReader;
import org.localize.locale.LocaleDataException;
import org.localize.locale.LocaleRepository;
import org.localize.report.CheckInfo;
import org.localize.unit.TextPair;

/**
 * The checks as one value: the locale data (built in, or a user folder over it), the names
 * glossary (built in plus the user's files), and the process-wide {@link Validator}.
 *
 * <p>Load it once and use it for every story: the validator caches compiled patterns and ICU
 * objects per locale and glossary, and is safe to share between threads.
 */
public final class Validation {
  private static final class Shared {
    static final Validator VALIDATOR = Validator.standard();
    static final LocaleRepository BUILT_IN = LocaleRepository.builtIn();
  }

  private final LocaleRepository repository;
  private final Glossary glossary;

  private Validation(LocaleRepository repository, Glossary glossary) {
    this.repository = repository;
    this.glossary = glossary;
  }

  /**
   * Loads the locale data and glossaries: {@code localesDir} (may be null) has the layout of the
   * project's {@code locales/} and wins over it; each of {@code glossaries} is a JSON or TBX file.
   */
  public static Validation load(Path localesDir, Collection<Path> glossaries) {
    try {
      LocaleRepository repo = localesDir == null ? Shared.BUILT_IN : LocaleRepository.withDirectory(localesDir);
      List<Glossary> parts = new ArrayList<>();
      parts.add(repo.glossary());
      for (Path file : glossaries) {
        parts.add(GlossaryReader.read(file));
      }
      return new Validation(repo, Glossary.merge(parts));
    } catch (LocaleDataException e) {
      throw LocalizeException.input("", "", e.getMessage());
    }
  }

  /** Every check with its id, title and default severity, in a stable order. */
  public static List<CheckInfo> checks() {
    List<CheckInfo> list = new ArrayList<>();
    for (Check c : CheckRegistry.standard().checks()) {
      list.add(new CheckInfo(c.id(), c.title(), c.defaultSeverity()));
    }
    return list;
  }

  /**
   * The findings for {@code pairs}, translated from {@code source} into {@code target};
   * {@code published} (may be null) anchors the weekday checks; {@code disabled} holds check ids
   * or families to skip.
   */
  public List<Finding> check(List<TextPair> pairs, String source, String target, OffsetDateTime published,
      Collection<String> disabled) {
    CheckContext ctx;
    try {
      ctx = CheckContext.of(repository, source, target, published, glossary);
    } catch (LocaleDataException e) {
      throw LocalizeException.input("", "", e.getMessage());
    }
    for (String id : disabled) {
      ctx = ctx.without(id);
    }
    return Shared.VALIDATOR.validate(pairs, ctx);
  }

  /**
   * A story's publication time: ISO 8601 with an offset, or without one (read as UTC, as
   * WordPress's {@code date_gmt}); null when absent or unreadable.
   */
  public static OffsetDateTime published(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.trim());
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(value.trim()).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
