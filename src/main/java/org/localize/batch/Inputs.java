package org.localize.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.localize.diag.LocalizeException;

/**
 * Turns command-line arguments into files: a file stays itself, a folder gives the files below it
 * (recursively) that {@code accept} takes, and a glob ({@code 'stories/**.json'}, quoted so that the
 * shell leaves it) gives the files it matches that {@code accept} takes. Sorted per argument, no
 * duplicates.
 */
public final class Inputs {
  private Inputs() {}

  public static boolean isGlob(String arg) {
    return arg.indexOf('*') >= 0 || arg.indexOf('?') >= 0 || arg.indexOf('[') >= 0 || arg.indexOf('{') >= 0;
  }

  /** Whether the arguments ask for more than one file (a folder, a glob or several arguments). */
  public static boolean isBatch(List<String> args) {
    if (args.size() != 1) {
      return true;
    }
    String a = args.get(0);
    return isGlob(a) && !Files.exists(Path.of(a)) || Files.isDirectory(Path.of(a));
  }

  public static List<Path> expand(List<String> args, Predicate<Path> accept) {
    return expand(args, accept, accept);
  }

  /** As {@link #expand(List, Predicate)}, with what a glob may give told apart from what a folder gives. */
  public static List<Path> expand(List<String> args, Predicate<Path> accept, Predicate<Path> globAccept) {
    Set<Path> out = new LinkedHashSet<>();
    for (String arg : args) {
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        out.addAll(walk(p, p, null, accept));
      } else if (!Files.exists(p) && isGlob(arg)) {
        List<Path> found = glob(arg, globAccept);
        if (found.isEmpty()) {
          throw LocalizeException.usage("no file matches '" + arg + "'");
        }
        out.addAll(found);
      } else {
        out.add(p); // a missing file is reported by its own job
      }
    }
    return new ArrayList<>(out);
  }

  private static List<Path> glob(String pattern, Predicate<Path> accept) {
    // the base folder: the longest leading part without glob characters
    String norm = pattern.replace('\\', '/');
    int firstGlob = norm.length();
    for (char c : new char[] {'*', '?', '[', '{'}) {
      int i = norm.indexOf(c);
      if (i >= 0) {
        firstGlob = Math.min(firstGlob, i);
      }
    }
    int slash = norm.lastIndexOf('/', firstGlob);
    Path base = slash < 0 ? Path.of("") : Path.of(slash == 0 ? "/" : norm.substring(0, slash));
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + norm);
    if (!Files.isDirectory(base.toString().isEmpty() ? Path.of(".") : base)) {
      return List.of();
    }
    return walk(base.toString().isEmpty() ? Path.of(".") : base, base, m, accept);
  }

  private static List<Path> walk(Path dir, Path base, PathMatcher m, Predicate<Path> accept) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(f -> base.toString().isEmpty() ? Path.of(".").relativize(f) : f)
          .filter(f -> m == null || m.matches(f))
          .filter(accept)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a file name ends with {@code .json} (any case). */
  public static boolean isJson(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * The locale a file name carries before its extension ({@code story.ru.json} → {@code ru},
   * {@code story.en-ru.xlf} → {@code en-ru}), or null.
   */
  public static String nameLocale(Path p) {
    String name = p.getFileName().toString();
    int ext = name.lastIndexOf('.');
    if (ext <= 0) {
      return null;
    }
    int dot = name.lastIndexOf('.', ext - 1);
    return dot < 0 ? null : name.substring(dot + 1, ext);
  }
}
