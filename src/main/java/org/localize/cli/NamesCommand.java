package org.localize.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.localize.diag.LocalizeException;
import org.localize.locale.ConceptType;
import org.localize.locale.Declension;
import org.localize.locale.DeclineMode;
import org.localize.locale.Gender;
import org.localize.locale.GrammaticalCase;
import org.localize.locale.RussianNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "names",
    mixinStandardHelpOptions = true,
    header = "Print the Russian case forms of a name, for a glossary.",
    description = "Print the Russian case forms of a name, derived by the same paradigm rules the checks use, for review before they go into a glossary (--json prints a glossary \"forms\" object).")
final class NamesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NAME", description = "the name in the nominative, e.g. \"Кристина Кормильцына\"")
  String name;

  @Option(names = "--type", paramLabel = "TYPE", defaultValue = "person", description = "person, place, organisation, brand or other (default: ${DEFAULT-VALUE})")
  String type;

  @Option(names = "--gender", paramLabel = "GENDER", description = "masculine or feminine (m/f); decides surname endings")
  String gender;

  @Option(names = "--decline", paramLabel = "MODE", defaultValue = "all", description = "all, last (only the last word: Ким Чен Ын) or none (default: ${DEFAULT-VALUE})")
  String mode;

  @Option(names = "--json", description = "print the forms as a glossary \"forms\" object")
  boolean json;

  @Option(names = {"-q", "--quiet"}, description = Main.QUIET)
  boolean quiet;

  @ParentCommand Main main;

  @Override
  public Integer call() {
    Declension d;
    try {
      d = RussianNames.decline(name.trim(), ConceptType.parse(type), Gender.parse(gender), DeclineMode.parse(mode));
    } catch (IllegalArgumentException e) {
      throw LocalizeException.usage(e.getMessage());
    }
    main.out.print(json ? json(d) : table(d));
    main.out.flush();
    return Main.OK;
  }

  private static String table(Declension d) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<GrammaticalCase, List<String>> e : d.forms().entrySet()) {
      sb.append(String.format("%-13s %s%n", e.getKey().name().toLowerCase(Locale.ROOT), String.join(" | ", e.getValue())));
    }
    if (!d.confident()) {
      sb.append("unsure: the rules offer more than one form for some cases; keep the right ones in the glossary\n");
    }
    return sb.toString();
  }

  private static String json(Declension d) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      for (Map.Entry<GrammaticalCase, List<String>> e : d.forms().entrySet()) {
        g.writeArrayFieldStart(e.getKey().name().toLowerCase(Locale.ROOT));
        for (String form : e.getValue()) {
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
