package org.localize.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.localize.diag.LocalizeException;
import org.localize.diag.Problem;

/**
 * Where a command, or a whole batch, reads and writes, checked before anything is written: no
 * output may be one of the inputs (under any spelling: {@code ./}, {@code ..}, a symbolic or hard
 * link, a symlinked folder, or a file inside an input folder such as {@code --locales}), and no two
 * outputs may be one file. A file that is read and written again (the memory of
 * {@code merge --tm}) is an {@link #update}: it may be itself, nothing else.
 *
 * <p>Issue 15: {@code --tm}, {@code -g}, {@code --locales} or {@code --profile} naming an output
 * replaced that input (a merged story by a TMX, a glossary by a report); a batch holding
 * {@code story.en.json + story.en-ru.xlf} and {@code story.ru.json + story.ru-en.xlf} replaced the
 * English original; two stories of one name in two languages both wrote {@code a.ru.json}.
 *
 * <p>A place is a file or a standard stream: an output of {@code null} is standard output, which
 * collides with nothing (two results on standard output are the command's own business), and an
 * input of {@code null} (standard input, or an option not given) is left out. A command that reads
 * "-" as standard input passes null, never {@code Path.of("-")}, which is a file named "-".
 */
public final class OutputPlan {
  private record Input(Path path, String role, boolean tree) {}

  private record Output(Path path, String role, boolean update) {}

  private final List<Input> inputs = new ArrayList<>();
  private final List<Output> outputs = new ArrayList<>();
  private final String remedy;

  /** A plan for one run, where another output is chosen with {@code -o}. */
  public OutputPlan() {
    this("choose another output with -o, or move one of them");
  }

  /** A plan whose refusals end with {@code remedy} (a batch: "move one of them out of the folder…"). */
  public OutputPlan(String remedy) {
    this.remedy = remedy;
  }

  /** An input file; {@code role} says what it is in messages ("the story", "the glossary (-g)"). Null is ignored. */
  public OutputPlan input(Path path, String role) {
    if (path != null) {
      inputs.add(new Input(path, role, false));
    }
    return this;
  }

  /** Input files of one role. */
  public OutputPlan inputs(List<Path> paths, String role) {
    if (paths != null) {
      paths.forEach(p -> input(p, role));
    }
    return this;
  }

  /** A folder whose files are inputs ({@code --locales}): nothing may be written inside it. Null is ignored. */
  public OutputPlan inputTree(Path dir, String role) {
    if (dir != null) {
      inputs.add(new Input(dir, role, true));
    }
    return this;
  }

  /** An output file ({@code null}: standard output); {@code role} says what it is and for what. */
  public OutputPlan output(Path path, String role) {
    if (path != null) {
      outputs.add(new Output(path, role, false));
    }
    return this;
  }

  /** A file read and written again (the memory): an input and an output that may be itself. */
  public OutputPlan update(Path path, String role) {
    if (path != null) {
      outputs.add(new Output(path, role, true));
    }
    return this;
  }

  /** Refuses the plan (exit 2) when an output is an input or two outputs are one file, naming every such case. */
  public void check() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      List<Problem> list = new ArrayList<>();
      for (String p : problems) {
        list.add(new Problem("", "", p));
      }
      throw new LocalizeException(LocalizeException.Kind.USAGE, list);
    }
  }

  /** What {@link #check} refuses, one sentence each; empty when the plan is sound. */
  public List<String> problems() {
    // each input is looked at once, and each output found among them by its identity: comparing
    // every output with every input (a stat and a realpath each time) made a batch of 2,000
    // stories spend 20 s in system calls
    List<Identity> ids = new ArrayList<>(inputs.size());
    Map<Object, List<Integer>> byKey = new HashMap<>();
    Map<Path, List<Integer>> byReal = new HashMap<>();
    Map<Path, List<Integer>> byRealWithoutKey = new HashMap<>();
    List<Integer> trees = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Identity id = Identity.of(inputs.get(i).path());
      ids.add(id);
      if (inputs.get(i).tree()) {
        trees.add(i);
        continue;
      }
      byReal.computeIfAbsent(id.real(), k -> new ArrayList<>()).add(i);
      if (id.fileKey() != null) {
        byKey.computeIfAbsent(id.fileKey(), k -> new ArrayList<>()).add(i);
      } else {
        byRealWithoutKey.computeIfAbsent(id.real(), k -> new ArrayList<>()).add(i);
      }
    }
    List<String> problems = new ArrayList<>();
    Map<Identity, Output> written = new LinkedHashMap<>();
    for (Output o : outputs) {
      Identity id = Identity.of(o.path());
      TreeSet<Integer> same = new TreeSet<>(); // in the order the inputs were given
      if (id.fileKey() != null) { // one file when both have a device and inode, else by path
        same.addAll(byKey.getOrDefault(id.fileKey(), List.of()));
        same.addAll(byRealWithoutKey.getOrDefault(id.real(), List.of()));
      } else {
        same.addAll(byReal.getOrDefault(id.real(), List.of()));
      }
      for (int t : trees) {
        if (id.inside(ids.get(t))) {
          same.add(t);
        }
      }
      for (int i : same) {
        Input in = inputs.get(i);
        problems.add("the output " + o.path() + " (" + o.role() + ") is also an input; inputs are never overwritten: it is "
            + (in.tree() ? "inside " + in.path() + ", " : "") + in.role() + "; "
            + (o.update() ? "choose another file for " + o.role() + ", or move one of them" : remedy));
      }
      Output earlier = written.putIfAbsent(id, o);
      if (earlier != null) {
        problems.add(o.path() + " would be written twice, as " + earlier.role() + " and as " + o.role()
            + "; nothing was written: " + remedy);
      }
    }
    return problems;
  }

  /**
   * What makes two paths one file: its device and inode when it exists (so hard links, symbolic
   * links and any spelling agree), else its absolute path with the folder resolved through links.
   */
  private record Identity(Object fileKey, Path real) {
    static Identity of(Path p) {
      Path abs = p.toAbsolutePath().normalize();
      try {
        BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
        Path real;
        try {
          real = abs.toRealPath();
        } catch (IOException e) {
          real = abs;
        }
        return new Identity(a.fileKey(), real);
      } catch (NoSuchFileException e) {
        return new Identity(null, realParent(abs));
      } catch (IOException e) {
        return new Identity(null, abs);
      }
    }

    /** The path with its nearest existing folder resolved through links. */
    private static Path realParent(Path abs) {
      Path dir = abs.getParent();
      List<Path> rest = new ArrayList<>();
      rest.add(abs.getFileName());
      while (dir != null) {
        try {
          Path real = dir.toRealPath();
          for (int i = rest.size() - 1; i >= 0; i--) {
            real = real.resolve(rest.get(i));
          }
          return real;
        } catch (IOException e) {
          rest.add(dir.getFileName());
          dir = dir.getParent();
        }
      }
      return abs;
    }

    boolean inside(Identity folder) {
      return real.startsWith(folder.real) && !real.equals(folder.real);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Identity other)) {
        return false;
      }
      if (fileKey != null && other.fileKey != null) {
        return fileKey.equals(other.fileKey);
      }
      return real.equals(other.real);
    }

    @Override
    public int hashCode() {
      // a path exists or not for both sides of an equal pair: both have a file key, or neither
      return fileKey != null ? fileKey.hashCode() : real.hashCode();
    }
  }
}
