package org.localize.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.localize.Localizer;
import org.localize.Updates;
import org.localize.diag.LocalizeException;
import org.localize.tm.Memory;
import org.localize.tm.TmUnit;
import org.localize.tm.Tmx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code localize tm import|export|stats}: the project translation memory (a TMX 1.4b file). */
@Command(
    name = "tm",
    mixinStandardHelpOptions = true,
    header = "Manage the project translation memory (TMX).",
    description = "Manage the project translation memory, a TMX 1.4b file that merge --tm feeds and extract --tm and stats --tm read.",
    subcommands = {TmCommand.Import.class, TmCommand.Export.class, TmCommand.Stats.class})
final class TmCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Without import, export or stats: the usage, on standard error, and exit code 2. */
  @Override
  public Integer call() {
    return main.usage(spec);
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      header = "Add translated XLIFF or TMX files to the memory.",
      description = "Add the translated units of XLIFF files (1.2 or 2.x) or the translations of TMX files to the memory.")
  static final class Import implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.xlf|FILE.tmx", arity = "1..*",
        description = "translated XLIFF or TMX files; - for standard input (XLIFF or TMX, told by its root element)")
    List<String> files = new ArrayList<>();

    @Option(names = "--tm", required = true, paramLabel = "MEMORY.tmx", description = "the memory (created if missing)")
    Path tm;

    @Option(names = {"-q", "--quiet"}, description = Main.QUIET)
    boolean quiet;

    @ParentCommand TmCommand parent;

    @Override
    public Integer call() {
      List<InputFile> inputs = new ArrayList<>();
      for (String f : files) {
        inputs.add(InputFile.of(f, parent.main, "a file to import"));
      }
      List<Path> paths = inputs.stream().map(InputFile::path).filter(java.util.Objects::nonNull).toList();
      new org.localize.io.OutputPlan().inputs(paths, "a file to import").update(tm, "the memory (--tm)").check();
      Updates.readOrCreateMemory(tm); // a broken memory is refused before the files are read
      Memory imported = new Memory();
      Instant now = Instant.now();
      for (InputFile file : inputs) {
        if (file.isStdin() ? InputFile.rootElement(file.bytes("a translated XLIFF or TMX file", Tmx.MAX_FILE,
            "files larger than " + (Tmx.MAX_FILE >> 20) + " MiB are refused")).equals("tmx")
            : file.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tmx")) {
          for (TmUnit u : file.memory().units()) {
            imported.add(u);
          }
        } else {
          Updates.importXliff(file.xliff(), imported, now);
        }
      }
      // under the memory's lock, read again: what a merge --tm added meanwhile stays
      Updates.MemoryUpdate m = Updates.addToMemory(tm, imported.units(), paths.toArray(Path[]::new));
      if (!quiet) {
        parent.main.err.println("localize: added " + Main.count(m.added(), "new translation", "new translations") + " to " + tm + " (" + m.total() + " in all)");
      }
      return Main.OK;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      header = "Write the memory as TMX for a CAT tool.",
      description = "Write the memory (or its translations into one locale) as TMX for a CAT tool.")
  static final class Export implements Callable<Integer> {
    @Option(names = "--tm", required = true, paramLabel = "MEMORY.tmx", description = "the memory; - for standard input")
    String tm;

    @Option(names = {"-t", "--target"}, paramLabel = "LOCALE", description = "only the translations into this language")
    String target;

    @Option(names = "--omegat", description = "write inline codes as OmegaT tag shortcuts (<g0>, <x1/>) for OmegaT's tm/auto")
    boolean omegat;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "where to write; - for standard output")
    String output;

    @Option(names = {"-q", "--quiet"}, description = Main.QUIET)
    boolean quiet;

    @ParentCommand TmCommand parent;

    @Override
    public Integer call() {
      InputFile memoryFile = InputFile.of(tm, parent.main, "the memory (--tm)");
      Memory memory = memoryFile.memory();
      List<TmUnit> units = target == null ? memory.units() : memory.into(Localizer.canonicalLocale(target, "--target"));
      if (units.isEmpty()) {
        throw LocalizeException.input(memoryFile.name(), "", "holds no translations" + (target == null ? "" : " into " + target));
      }
      byte[] bytes = Tmx.write(units, omegat ? Tmx.Flavor.OMEGAT : Tmx.Flavor.STANDARD);
      Path out = Output.isStdout(output) ? null : Path.of(output);
      new org.localize.io.OutputPlan().input(memoryFile.path(), "the memory (--tm)").output(out, "the TMX exported").check();
      Output.write(out, bytes, parent.main.out, memoryFile.path());
      if (out != null && !quiet) {
        parent.main.err.println("localize: wrote " + out + " (" + Main.count(units.size(), "translation", "translations") + ")");
      }
      return Main.OK;
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true,
      header = "Count the memory's translations per language pair.",
      description = "How many translations the memory holds per language pair, and when each pair last changed.")
  static final class Stats implements Callable<Integer> {
    @Option(names = "--tm", required = true, paramLabel = "MEMORY.tmx", description = "the memory; - for standard input")
    String tm;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-q", "--quiet"}, description = Main.QUIET)
    boolean quiet;

    @ParentCommand TmCommand parent;

    @Override
    public Integer call() {
      boolean json = Output.isJson(format);
      InputFile memoryFile = InputFile.of(tm, parent.main, "the memory (--tm)");
      Memory memory = memoryFile.memory();
      Map<String, Memory.PairStats> stats = memory.stats();
      StringBuilder sb = new StringBuilder();
      if (json) {
        ObjectNode root = Output.mapper().createObjectNode();
        root.put("file", memoryFile.name());
        root.put("units", memory.size());
        ArrayNode pairs = root.putArray("pairs");
        for (Map.Entry<String, Memory.PairStats> e : stats.entrySet()) {
          String[] pair = e.getKey().split(" → ");
          ObjectNode p = pairs.addObject();
          p.put("source", pair[0]);
          p.put("target", pair[1]);
          p.put("units", e.getValue().units());
          p.put("lastChange", e.getValue().lastChange() == null ? null : e.getValue().lastChange().toString());
        }
        sb.append(Output.json(root));
      } else {
        sb.append(String.format(Locale.ROOT, "%-16s %8s  %s%n", "pair", "units", "last change"));
        for (Map.Entry<String, Memory.PairStats> e : stats.entrySet()) {
          sb.append(String.format(Locale.ROOT, "%-16s %8d  %s%n", e.getKey(), e.getValue().units(),
              e.getValue().lastChange() == null ? "-" : e.getValue().lastChange().toString()));
        }
        sb.append(String.format(Locale.ROOT, "%-16s %8d%n", "total", memory.size()));
      }
      parent.main.out.print(sb);
      parent.main.out.flush();
      return Main.OK;
    }
  }
}
