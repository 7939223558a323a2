package org.localize.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.localize.diag.LocalizeException;
import org.localize.locale.ConceptType;
import org.localize.locale.Declension;
import org.localize.locale.DeclineMode;
import org.localize.locale.Gender;
import org.localize.locale.LocaleData;
import org.localize.locale.LocaleDataException;
import org.localize.locale.LocaleRepository;
import org.localize.locale.NameInflector;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "names",
    mixinStandardHelpOptions = true,
    header = "Print the case forms of a name in a language, for a glossary.",
    description = "Print the case forms of a name in one language (ru, uk, pl, cs, de: every language with declension data in locales/), derived by the same paradigm rules the checks use, for review before they go into a glossary (--json prints a glossary \"forms\" object). A name written in another script is first transliterated into the language's, so that no suggestion mixes scripts.")
final class NamesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NAME", description = "the name in the nominative, e.g. \"Кристина Кормилицына\"; - reads names from standard input, one a line")
  String name;

  @Option(names = {"-l", "--lang"}, paramLabel = "LANG", description = "the language: ru, uk, pl, cs, de, ... (default: told by the name's letters when they tell, else required)")
  String lang;

  @Option(names = "--type", paramLabel = "TYPE", defaultValue = "person", description = "person, place, organisation, brand or other (default: ${DEFAULT-VALUE})")
  String type;

  @Option(names = "--gender", paramLabel = "GENDER", description = "masculine, feminine or neuter (m/f/n), which decides surname endings; without it, both are printed")
  String gender;

  @Option(names = "--decline", paramLabel = "MODE", defaultValue = "all", description = "all, last (only the last word: Ким Чен Ын) or none (default: ${DEFAULT-VALUE})")
  String mode;

  @Option(names = "--locales", paramLabel = "DIR", description = "a folder laid out like locales/ whose files win over the built-in ones")
  java.nio.file.Path locales;

  @Option(names = "--json", description = "print the forms as a glossary \"forms\" object")
  boolean json;

  @Option(names = {"-q", "--quiet"}, description = Main.QUIET)
  boolean quiet;

  @ParentCommand Main main;

  @Override
  public Integer call() {
    if (!StandardInput.is(name)) {
      main.out.print(forms(name.trim()));
      main.out.flush();
      return Main.OK;
    }
    // names from standard input, one a line: each under its own heading, or one JSON object by name
    byte[] bytes = main.in.read("the names", "a list of names, one a line (UTF-8 text)", MAX_LIST,
        "lists of names larger than " + (MAX_LIST >> 20) + " MiB are refused");
    List<String> names = new java.util.ArrayList<>();
    for (String line : new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").split("\\R")) {
      String n = line.trim();
      if (!n.isEmpty() && !n.startsWith("#")) {
        names.add(n);
      }
    }
    if (names.isEmpty()) {
      throw LocalizeException.input(StandardInput.NAME, "", "holds no name; give one name a line (lines starting with # are skipped)");
    }
    StringBuilder out = new StringBuilder(json ? "{\n" : "");
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      String forms = forms(n);
      if (json) {
        out.append("  ").append(jsonString(n)).append(": ").append(forms.strip().replace("\n", "\n  "))
            .append(i + 1 < names.size() ? ",\n" : "\n");
      } else {
        out.append(i == 0 ? "" : "\n").append("== ").append(n).append('\n').append(forms);
      }
    }
    main.out.print(json ? out.append("}\n") : out);
    main.out.flush();
    return Main.OK;
  }

  /** Largest list of names read from standard input. */
  private static final long MAX_LIST = 16L << 20;

  /** The forms of one name as printed: a table per gender, or a glossary "forms" object. */
  private String forms(String name) {
    String language = lang != null ? lang.trim() : guess(name);
    if (language == null) {
      throw LocalizeException.usage("say which language's forms to print with --lang (ru, uk, pl, cs, de, ...):"
          + " the letters of '" + name + "' do not tell");
    }
    LocaleData data;
    try {
      LocaleRepository repo = locales == null ? LocaleRepository.builtIn() : LocaleRepository.withDirectory(locales);
      data = repo.forTag(language);
    } catch (LocaleDataException e) {
      throw LocalizeException.input("", "", e.getMessage());
    }
    NameInflector inflector = data.names().inflector();
    if (!inflector.kind().equals("paradigm")) {
      throw LocalizeException.usage(language + " has no declension data in locales/ (names.inflection is "
          + inflector.kind() + "): names " + (inflector.kind().equals("none") ? "do not change" : "are matched by their stem")
          + "; languages with data: " + String.join(", ", withData()));
    }
    String base = inScript(name, data);
    List<Gender> genders;
    ConceptType t;
    DeclineMode m;
    try {
      t = ConceptType.parse(type);
      m = DeclineMode.parse(mode);
      Gender g = Gender.parse(gender);
      genders = g != Gender.UNKNOWN ? List.of(g)
          : t == ConceptType.PERSON ? List.of(Gender.MASCULINE, Gender.FEMININE) : List.of(Gender.UNKNOWN);
    } catch (IllegalArgumentException e) {
      throw LocalizeException.usage(e.getMessage());
    }
    StringBuilder out = new StringBuilder();
    if (!base.equals(name)) {
      out.append(json ? "" : "(" + name + " written in " + language + "'s script: " + base + "; check the spelling)\n");
    }
    for (Gender g : genders) {
      Declension d = inflector.decline(base, t, g, m);
      if (genders.size() > 1 && !json) {
        out.append("# ").append(g.name().toLowerCase(Locale.ROOT)).append('\n');
      }
      out.append(json ? json(d, inflector) : table(d, inflector));
      if (json) {
        break; // one object; --gender chooses which
      }
    }
    return out.toString();
  }

  private static String jsonString(String s) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The language a name's letters tell, or null. */
  static String guess(String name) {
    String l = name.toLowerCase(Locale.ROOT);
    if (l.matches(".*[іїєґ].*")) {
      return "uk";
    }
    if (l.matches(".*[ыэъё].*")) {
      return "ru";
    }
    if (l.matches(".*[ąęłńśźż].*")) {
      return "pl";
    }
    if (l.matches(".*[řůě].*")) {
      return "cs";
    }
    if (l.matches(".*[äöüß].*")) {
      return "de";
    }
    return null;
  }

  private static List<String> withData() {
    List<String> out = new java.util.ArrayList<>();
    for (String l : List.of("ru", "uk", "pl", "cs", "de")) {
      if (LocaleRepository.builtIn().forTag(l).names().inflector().kind().equals("paradigm")) {
        out.add(l);
      }
    }
    return out;
  }

  /** The name in the language's script: transliterated when written in another (Kim Jong Un → Ким Чон Ун). */
  private static String inScript(String name, LocaleData data) {
    int[] codes = UScript.getCode(data.locale());
    int script = codes == null || codes.length == 0 ? UScript.LATIN : codes[0];
    int found = UScript.COMMON;
    for (int i = 0; i < name.length(); i++) {
      int s = UScript.getScript(name.codePointAt(i));
      if (s != UScript.COMMON && s != UScript.INHERITED) {
        found = s;
        break;
      }
    }
    if (found == UScript.COMMON || found == script) {
      return name;
    }
    String id = data.names().transliterate().get(UScript.getShortName(found));
    String written;
    try {
      written = Transliterator.getInstance(id != null ? id : "Any-" + UScript.getName(script)).transliterate(name);
    } catch (IllegalArgumentException e) {
      written = name;
    }
    for (int i = 0; i < written.length(); i++) {
      int s = UScript.getScript(written.codePointAt(i));
      if (Character.isLetter(written.codePointAt(i)) && s != script && s != UScript.COMMON && s != UScript.INHERITED) {
        // a suggestion never mixes scripts (Сcанпиx): better none than that
        throw LocalizeException.usage("cannot write '" + name + "' in " + UScript.getName(script) + " letters ("
            + written + " keeps " + new String(Character.toChars(written.codePointAt(i))) + "); give the name in "
            + UScript.getName(script) + " script");
      }
    }
    return written;
  }

  private static String table(Declension d, NameInflector inflector) {
    StringBuilder sb = new StringBuilder();
    for (NameInflector.CaseLabel c : inflector.cases()) {
      sb.append(String.format("%-13s %s%n", c.label(), String.join(" | ", d.forms().get(c.grammaticalCase()))));
    }
    if (!d.confident()) {
      sb.append("unsure: the rules offer more than one form for some cases; keep the right ones in the glossary\n");
    }
    return sb.toString();
  }

  private static String json(Declension d, NameInflector inflector) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      for (NameInflector.CaseLabel c : inflector.cases()) {
        g.writeArrayFieldStart(c.label());
        for (String form : d.forms().get(c.grammaticalCase())) {
          g.writeString(form);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }
}
