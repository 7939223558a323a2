package org.localize.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.localize.Localizer;
import org.localize.Version;
import org.localize.diag.LocalizeException;
import org.localize.locale.Concept;
import org.localize.locale.Glossary;
import org.localize.locale.GlossaryExport;
import org.localize.locale.GlossaryReader;
import org.localize.locale.LocaleDataException;
import org.localize.locale.LocaleRepository;
import org.localize.locale.LocaleTags;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code localize glossary export}: the names glossary for translators' tools. */
@Command(
    name = "glossary",
    mixinStandardHelpOptions = true,
    header = "Hand the names glossary to translators' tools (TBX, OmegaT).",
    description = "Hand the names glossary the checks use to translators' tools: TBX for CAT tools' termbases, and the tab-separated glossary of OmegaT's glossary/ folder.",
    subcommands = {GlossaryCommand.Export.class})
final class GlossaryCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Without export: the usage, on standard error, and exit code 2. */
  @Override
  public Integer call() {
    return main.usage(spec);
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      header = "Write the glossary as TBX, or as an OmegaT glossary file.",
      description = {
        "Write the names glossary as TBX-Basic (TBX v2, martif), which CAT tools import as a termbase, or as an OmegaT glossary (tab-separated, UTF-8) for one language pair. What is written: your glossaries (-g, and the glossary/ folder of --locales) over the built-in one; the places every locale knows from CLDR (countries, territories, cities) only with --places, for the languages of the export, since they are hundreds in every language.",
        "",
        "Preferred names, other names, variants and forbidden spellings keep their status (preferred, admitted, deprecated) in TBX; case forms, declension and related words travel as notes that localize reads back. docs/cat-tools.md tells more."
      })
  static final class Export implements Callable<Integer> {
    @Option(names = {"-g", "--glossary"}, paramLabel = "FILE",
        description = "a names glossary (JSON or TBX v2/v3); repeatable, later ones win; - for standard input")
    List<String> glossaries = new ArrayList<>();

    @Option(names = "--locales", paramLabel = "DIR", description = "a folder laid out like locales/: its glossary/ files are exported too, and its data wins over the built-in")
    Path locales;

    @Option(names = "--places", description = "add the built-in places of CLDR (and locales/ extra names and demonyms) in the languages of the export")
    boolean places;

    @Option(names = {"-s", "--source"}, paramLabel = "LANG", description = "the source language: first in each TBX entry, the first column of a TSV (required for tsv)")
    String source;

    @Option(names = {"-t", "--target"}, split = ",", paramLabel = "LANG",
        description = "the target language (tsv: exactly one); TBX: only the source and these languages (default: every language of the glossaries)")
    List<String> targets = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
        description = "tbx or tsv (default: tbx, or tsv when the name of the output ends in .txt, .utf8, .tab or .tsv)")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
        description = "where to write; - for standard output (OmegaT reads glossary/NAME.txt or NAME.utf8)")
    String output;

    @Option(names = {"-q", "--quiet"}, description = Main.QUIET)
    boolean quiet;

    @ParentCommand GlossaryCommand parent;

    @Override
    public Integer call() {
      Main main = parent.main;
      boolean tsv = tsv();
      String src = source == null ? null : language(source, "--source");
      List<String> tgts = new ArrayList<>();
      for (String t : targets) {
        tgts.add(language(t, "--target"));
      }
      if (tsv && (src == null || tgts.size() != 1)) {
        throw LocalizeException.usage("an OmegaT glossary is for one language pair: give --source LANG and one --target LANG (e.g. --source en --target ru)");
      }
      Path out = Output.isStdout(output) ? null : Path.of(output);
      List<InputFile> files = new ArrayList<>();
      for (String g : glossaries) {
        files.add(InputFile.of(g, main, "a glossary (-g)"));
      }
      new org.localize.io.OutputPlan().inputs(files.stream().map(InputFile::path).filter(java.util.Objects::nonNull).toList(), "a glossary (-g)")
          .inputTree(locales, "the locale data folder (--locales)").output(out, "the glossary exported").check();
      LocaleRepository repo = locales == null ? LocaleRepository.builtIn() : LocaleRepository.withDirectory(locales);
      Glossary glossary = load(repo, files);
      Set<String> languages = new LinkedHashSet<>();
      if (src != null) {
        languages.add(src);
      }
      languages.addAll(tgts);
      if (places && languages.isEmpty()) {
        glossary.concepts().forEach(c -> languages.addAll(new java.util.TreeSet<>(c.terms().keySet())));
        if (languages.isEmpty()) {
          throw LocalizeException.usage("--places: say in which languages with --source and --target (the places are hundreds in every language)");
        }
      }
      List<Concept> concepts;
      try {
        concepts = GlossaryExport.concepts(glossary, languages, places, repo);
      } catch (LocaleDataException e) {
        throw LocalizeException.input("", "", e.getMessage());
      }
      List<String> only = tgts.isEmpty() ? List.of() : new ArrayList<>(languages);
      long written = concepts.stream().filter(c -> tsv ? c.terms().containsKey(src) && c.terms().containsKey(tgts.get(0))
          : only.isEmpty() ? !c.terms().isEmpty() : c.terms().keySet().stream().anyMatch(only::contains)).count();
      if (written == 0) {
        throw LocalizeException.usage("nothing to export: " + (glossary.isEmpty() && !places
            ? "the built-in glossary holds no names; give your glossaries with -g FILE, or add --places"
            : "no concept has names in " + (tsv ? src + " and " + tgts.get(0) : String.join(", ", only))));
      }
      String description = "Names glossary exported by localize " + Version.VERSION + " from "
          + (files.isEmpty() ? "the built-in glossary" : String.join(", ", files.stream().map(InputFile::name).toList()))
          + (places ? ", with the built-in places (CLDR) in " + String.join(", ", languages) : "")
          + (tsv ? "; " + src + " → " + tgts.get(0) : "");
      byte[] bytes = tsv ? GlossaryExport.omegat(concepts, src, tgts.get(0), description)
          : GlossaryExport.tbx(concepts, src, only, description);
      Output.write(out, bytes, main.out, files.stream().map(InputFile::path).filter(java.util.Objects::nonNull).toArray(Path[]::new));
      if (out != null && !quiet) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        main.err.println("localize: wrote " + out + " (" + Main.count(written, "concept", "concepts") + ", "
            + (tsv ? "OmegaT glossary, " + src + " → " + tgts.get(0) : "TBX-Basic") + ")");
        if (tsv && !name.endsWith(".txt") && !name.endsWith(".utf8")) {
          main.err.println("localize: note: OmegaT reads a UTF-8 glossary named *.txt or *.utf8 in the project's glossary/ folder;"
              + " rename " + out.getFileName() + " when you put it there");
        }
      }
      return Main.OK;
    }

    /** Whether to write TSV: --format, else the output's extension. */
    private boolean tsv() {
      if (format != null) {
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
          case "tbx" -> false;
          case "tsv", "omegat" -> true;
          default -> throw LocalizeException.usage("--format: expected tbx or tsv, not '" + format + "'");
        };
      }
      String name = output.toLowerCase(Locale.ROOT);
      return name.endsWith(".txt") || name.endsWith(".utf8") || name.endsWith(".tab") || name.endsWith(".tsv");
    }

    /** A language given on the command line, as glossaries key their terms: the language subtag (pt-BR → pt). */
    private static String language(String tag, String option) {
      return LocaleTags.language(Localizer.canonicalLocale(tag, option));
    }

    /** The built-in glossary (and --locales' glossary/ files) with the -g files over it, in order. */
    private static Glossary load(LocaleRepository repo, List<InputFile> files) {
      try {
        List<Glossary> parts = new ArrayList<>();
        parts.add(repo.glossary());
        for (InputFile f : files) {
          if (f.isStdin()) {
            byte[] bytes = f.bytes("a glossary (JSON or TBX)", 256L << 20, "glossaries larger than 256 MiB are refused");
            parts.add(GlossaryReader.read(new ByteArrayInputStream(bytes), StandardInput.NAME));
          } else {
            parts.add(GlossaryReader.read(f.path()));
          }
        }
        return Glossary.merge(parts);
      } catch (LocaleDataException e) {
        throw LocalizeException.input("", "", e.getMessage());
      } catch (IOException e) {
        throw LocalizeException.input(StandardInput.NAME, "", "cannot be read: " + e.getMessage());
      }
    }
  }
}
