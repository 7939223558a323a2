package org.localize.locale;

import com.ibm.icu.util.VersionInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accepted forms of the built-in places ({@link Places}) of a language that declines names,
 * as {@link Glossary#forms} derives them, shipped in the jar: {@code place-forms/<language>.txt}.
 * Declining the ~600 places of a language was most of a cold validate's first name check (20–30 ms
 * a language), and they are a pure function of the jar's files: the places of the ICU version the
 * file names on its first line, and the locale data's {@code names} section, whose {@link
 * LocaleData.Names#fingerprint} the file names on its next line. A file is used only when both
 * match: with another ICU, or a user's locale data that changes {@code names} (a user's
 * {@code --locales} folder), the forms are derived as before, so they are the same either way,
 * only sooner. PlaceFormsTest keeps the files equal to what derivation gives and writes new ones
 * into target/place-forms/ when they differ.
 *
 * <p>A line: the place's id, {@code +} (confident) or {@code ?} (not), then its accepted forms in
 * the order derivation adds them, tab-separated.
 */
final class PlaceForms {
  static final String DIR = "place-forms/";

  /** What derivation gave one place: its accepted forms, in order, and whether it was confident. */
  record Derived(List<String> accepted, boolean confident) {}

  /** The shipped forms by language, then fingerprint (of the one file that ships; empty when none applies). */
  private static final Map<String, Map<String, Derived>> SHIPPED = new ConcurrentHashMap<>();

  /**
   * When set on a thread (by the test that makes the files), derivation on that thread ignores the
   * shipped forms and records what it derives for each built-in place here, by place id.
   */
  static final ThreadLocal<Map<String, Derived>> RECORDING = new ThreadLocal<>();

  private PlaceForms() {}

  /**
   * The shipped forms of the built-in places of {@code data}'s language by place id, or null when
   * none ship for it or they were made from another ICU or other names data (derive them then).
   */
  static Map<String, Derived> shipped(LocaleData data) {
    if (RECORDING.get() != null) {
      return null;
    }
    String language = data.language();
    Map<String, Derived> m = SHIPPED.computeIfAbsent(language + " " + data.names().fingerprint(),
        k -> read(language, VersionInfo.ICU_VERSION.toString(), data.names().fingerprint()));
    return m.isEmpty() ? null : m;
  }

  /** The forms of {@code language}'s file when made from ICU {@code icuVersion} and names data {@code fingerprint}; else empty. */
  static Map<String, Derived> read(String language, String icuVersion, String fingerprint) {
    List<String> lines = IcuLists.ofLanguage(IcuLists.class, DIR, language, icuVersion);
    if (lines == null || lines.isEmpty() || !lines.get(0).equals("names " + fingerprint)) {
      return Map.of();
    }
    return parse(lines.subList(1, lines.size()));
  }

  /** The forms of a file's place lines, or none when a line is garbled. */
  static Map<String, Derived> parse(List<String> lines) {
    Map<String, Derived> out = new HashMap<>(lines.size() * 2);
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length < 3 || !Places.builtIn(f[0]) || !(f[1].equals("+") || f[1].equals("?"))) {
        return Map.of(); // garbled: derive them again
      }
      out.put(f[0], new Derived(List.of(java.util.Arrays.copyOfRange(f, 2, f.length)), f[1].equals("+")));
    }
    return out;
  }

  /** The lines of a file for {@code forms} by place id, in the order given (without its two header lines). */
  static String lines(Map<String, Derived> forms) {
    StringBuilder b = new StringBuilder();
    forms.forEach((id, d) -> {
      b.append(id).append('\t').append(d.confident() ? '+' : '?');
      d.accepted().forEach(a -> b.append('\t').append(a));
      b.append('\n');
    });
    return b.toString();
  }

  /** Records what derivation gave place {@code id}, when this thread records. */
  static void record(String id, Set<String> accepted, boolean confident) {
    Map<String, Derived> rec = RECORDING.get();
    if (rec != null) {
      rec.put(id, new Derived(List.copyOf(accepted), confident)); // (a set: in its order, once each)
    }
  }
}
