package org.localize.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localize.Localizer;
import org.localize.batch.Inputs;
import org.localize.diag.LocalizeException;
import org.localize.locale.LocaleTags;
import org.localize.story.Extraction;

/**
 * Which of the stories a folder or glob gives are sources, and which are translations of one of
 * them (issue 15, case 11: {@code story.ru.json} and {@code damaged.ru.json} beside
 * {@code story.en.json} were extracted as stories of their own, and {@code stats} then quoted 948
 * words for a 340-word story).
 *
 * <p>A translation keeps its source's story id and has another locale. In a folder whose stories'
 * names all carry the same locale (or none), nothing is read: none can be another's translation.
 * Otherwise each story's id and locale are read, and among stories of one id in more than one
 * language the source is the one in {@code --source-locale}, else the one an XLIFF beside it was
 * extracted from ({@code NAME.SRC-TGT.xlf} beside {@code NAME.SRC.json}); the others are skipped,
 * with a note. Without either, the batch is refused: the tool cannot tell which is the source.
 * Files named on the command line are always taken.
 */
final class Sources {
  private Sources() {}

  /** A story's id and canonical locale, as read. */
  private record Key(String id, String locale) {}

  /** The stories chosen, and the canonical locales of those read while choosing (for planning their outputs). */
  record Choice(List<Path> stories, Map<Path, String> locales) {
    /**
     * The locale a story's outputs are named with: the canonical locale read while choosing, else
     * the one its name carries; null when neither is known (its name carries none, and it was not
     * read: then no other story of its folder can have its outputs' names).
     */
    String predictedLocale(Path story) {
      String read = locales.get(story.toAbsolutePath().normalize());
      if (read != null) {
        return read;
      }
      String named = Inputs.nameLocale(story);
      if (named == null) {
        return null;
      }
      try {
        return LocaleTags.canonical(named);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  /**
   * The sources among {@code found} (from {@code args}), in order; {@code notes} (null: quiet)
   * gets a line per translation skipped.
   */
  static Choice choose(List<String> args, List<Path> found, String sourceLocale, String profile, PrintStream notes) {
    Map<Path, String> locales = new LinkedHashMap<>();
    Set<Path> named = new HashSet<>();
    for (String a : args) {
      Path p = Path.of(a);
      if (Files.isRegularFile(p)) {
        named.add(p);
      }
    }
    Map<Path, List<Path>> byFolder = new LinkedHashMap<>();
    for (Path f : found) {
      if (!named.contains(f) && Inputs.isJson(f)) {
        byFolder.computeIfAbsent(f.toAbsolutePath().normalize().getParent(), k -> new ArrayList<>()).add(f);
      }
    }
    Set<Path> skipped = new HashSet<>();
    List<String> ambiguous = new ArrayList<>();
    for (Map.Entry<Path, List<Path>> e : byFolder.entrySet()) {
      List<Path> stories = e.getValue();
      Set<String> nameLocales = new HashSet<>();
      for (Path s : stories) {
        String l = Inputs.nameLocale(s);
        nameLocales.add(l == null ? "" : l.toLowerCase(java.util.Locale.ROOT));
      }
      if (nameLocales.size() <= 1) {
        continue; // one locale by name (or none): no story here can be another's translation
      }
      Map<String, List<Path>> byId = new LinkedHashMap<>();
      Map<Path, Key> keys = new LinkedHashMap<>();
      for (Path s : stories) {
        Key k = read(s, profile, locales);
        if (k != null && k.id() != null && !k.id().isEmpty() && k.locale() != null) {
          keys.put(s, k);
          byId.computeIfAbsent(k.id(), x -> new ArrayList<>()).add(s);
        }
      }
      for (Map.Entry<String, List<Path>> group : byId.entrySet()) {
        List<Path> same = group.getValue();
        Set<String> languages = new HashSet<>();
        for (Path s : same) {
          languages.add(LocaleTags.language(keys.get(s).locale()));
        }
        if (languages.size() < 2) {
          continue; // copies in one language: each is a story
        }
        String source = sourceLocale != null ? LocaleTags.language(sourceLocale) : extractedFrom(same, keys);
        if (source == null) {
          ambiguous.add(names(same) + " are one story (id \"" + group.getKey() + "\") in " + String.join(", ", new java.util.TreeSet<>(languages)));
          continue;
        }
        Path first = same.stream().filter(s -> LocaleTags.language(keys.get(s).locale()).equals(source)).findFirst().orElse(null);
        for (Path s : same) {
          if (!LocaleTags.language(keys.get(s).locale()).equals(source)) {
            skipped.add(s);
            if (notes != null) {
              notes.println("localize: note: " + s + " is skipped: it is a translation (" + keys.get(s).locale() + ") of "
                  + (first == null ? "a " + source + " story" : first.getFileName()) + ", the same story (id \"" + group.getKey() + "\")");
            }
          }
        }
      }
    }
    if (!ambiguous.isEmpty()) {
      List<org.localize.diag.Problem> problems = new ArrayList<>();
      for (String a : ambiguous) {
        problems.add(new org.localize.diag.Problem("", "", a + "; the tool cannot tell the source from its translations:"
            + " give --source-locale, or name the stories to use"));
      }
      throw new LocalizeException(LocalizeException.Kind.USAGE, problems);
    }
    List<Path> out = new ArrayList<>();
    for (Path f : found) {
      if (!skipped.contains(f)) {
        out.add(f);
      }
    }
    return new Choice(out, locales);
  }

  /** The one language an XLIFF beside a story of the group was extracted from, or null. */
  private static String extractedFrom(List<Path> same, Map<Path, Key> keys) {
    Set<String> found = new HashSet<>();
    for (Path s : same) {
      String src = Inputs.nameLocale(s);
      if (src == null) {
        continue;
      }
      String name = s.getFileName().toString();
      String base = name.substring(0, name.length() - src.length() - 6);
      Path dir = s.toAbsolutePath().normalize().getParent();
      try (DirectoryStream<Path> xliffs = Files.newDirectoryStream(dir, globQuote(base + "." + src) + "-*.xlf")) {
        if (xliffs.iterator().hasNext()) {
          found.add(LocaleTags.language(keys.get(s).locale()));
        }
      } catch (IOException | RuntimeException e) {
        // an unreadable folder or a name the glob cannot hold: no evidence
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  private static String globQuote(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if ("*?[]{}\\".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static Key read(Path story, String profile, Map<Path, String> locales) {
    try {
      Extraction ex = Localizer.read(story, profile);
      String locale = ex.declaredLocale() == null ? null : LocaleTags.canonical(ex.declaredLocale());
      if (locale != null) {
        locales.put(story.toAbsolutePath().normalize(), locale);
      }
      return new Key(ex.storyId(), locale);
    } catch (LocalizeException | IllegalArgumentException e) {
      return null; // taken as a story; its own job reports what is wrong with it
    }
  }

  private static String names(List<Path> paths) {
    List<String> names = new ArrayList<>();
    for (Path p : paths) {
      names.add(p.toString());
    }
    return String.join(" and ", names);
  }
}
