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
import org.localize.locale.LocaleData;
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

  /** The built-in data and glossary alone: one instance, so that what is built for its glossary is kept. */
  private static Validation builtIn;

  private static synchronized Validation builtIn() {
    if (builtIn == null) {
      builtIn = new Validation(Shared.BUILT_IN, Glossary.merge(List.of(Shared.BUILT_IN.glossary())));
    }
    return builtIn;
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
      if (localesDir == null && glossaries.isEmpty()) {
        return builtIn();
      }
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

  /**
   * Starts building, on a background thread, what {@link #check} will need for a translation from
   * {@code source} into {@code target} (BCP 47 tags) with the checks or families {@code disabled}
   * off: the locale data, the ICU objects and the glossary's forms. For a single story on a machine
   * with more than one core, called as soon as the command knows the locales, so that this work
   * overlaps reading the files and the first checks. Returns at once; does nothing on one core.
   * Whatever fails there is ignored: {@link #check} builds it again and reports it.
   */
  public void prefetch(String source, String target, Collection<String> disabled) {
    background(() -> prefetchHere(source, target, disabled));
  }

  /**
   * As {@link #prefetch} for the built-in data and glossary alone ({@code load(null, List.of())}),
   * loaded on the background thread too.
   */
  public static void prefetchBuiltIn(String source, String target, Collection<String> disabled) {
    background(() -> builtIn().prefetchHere(source, target, disabled));
  }

  /**
   * Starts loading, on a background thread, what a command that will check with the built-in data
   * and glossary needs before it knows the locales (its first step): unless the name checks are off
   * ({@code disabled} holds the checks or families off), ICU's transform registry, which needs no
   * locale and which the name checks' transforms wait for (the longest chain of a cold run); then the
   * built-in data and glossary. The registry comes first: a command asks for the built-in data soon
   * after it starts, and builds it itself when this thread has not begun it, instead of waiting.
   */
  public static void warmUp(Collection<String> disabled) {
    boolean names = !disabled.contains("names");
    background(() -> {
      if (names) {
        org.localize.check.LocaleTools.loadTransforms();
      }
      builtIn();
    });
  }

  private void prefetchHere(String source, String target, Collection<String> disabled) {
    Shared.VALIDATOR.prefetch(repository.forTag(source), repository.forTag(target), glossary, disabled);
  }

  private static void background(Runnable work) {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      return; // nothing to overlap with: each piece is built when first needed
    }
    Thread t = new Thread(() -> {
      try {
        work.run();
      } catch (RuntimeException | LinkageError e) {
        // the command meets the same problem where it needs the piece, and reports it there
      }
    }, "localize-prefetch");
    t.setDaemon(true); // never keeps a finished command waiting
    t.start();
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
    OffsetDateTime usual = usualShape(value);
    if (usual != null) {
      return usual;
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

  /**
   * {@code 2024-06-19T05:30:00+03:00} or {@code …Z}, the shape nearly every story's date has, read
   * without java.time's parser (1.4% of a batch merge's time, a story at a time); null for any other
   * shape or a value out of range, which the parser then reads or refuses as before.
   */
  static OffsetDateTime usualShape(String v) {
    int n = v.length();
    if ((n != 25 && n != 20) || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T' || v.charAt(13) != ':'
        || v.charAt(16) != ':') {
      return null;
    }
    int year = digits(v, 0, 4);
    int month = digits(v, 5, 2);
    int day = digits(v, 8, 2);
    int hour = digits(v, 11, 2);
    int minute = digits(v, 14, 2);
    int second = digits(v, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    ZoneOffset offset;
    if (n == 20) {
      if (v.charAt(19) != 'Z') {
        return null;
      }
      offset = ZoneOffset.UTC;
    } else {
      char sign = v.charAt(19);
      int oh = digits(v, 20, 2);
      int om = digits(v, 23, 2);
      if ((sign != '+' && sign != '-') || v.charAt(22) != ':' || (oh | om) < 0) {
        return null;
      }
      try {
        offset = ZoneOffset.ofHoursMinutes(sign == '-' ? -oh : oh, sign == '-' ? -om : om);
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
    } catch (java.time.DateTimeException e) {
      return null; // the 30th of February, hour 24: the parser says what it says of them
    }
  }

  /** The number written by the {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String v, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
