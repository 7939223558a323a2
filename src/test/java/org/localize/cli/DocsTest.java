package org.localize.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.localize.testing.TestFiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The documentation cannot drift from the program: docs/commands.md has a section for every
 * command of the command line's own (picocli) model, naming every option and argument, and names
 * no option the command lacks; docs/exit-codes.md lists the exit codes the help lists; the README
 * stays short and leads with its two commands; every relative link leads to a file and a heading
 * that exist.
 */
class DocsTest {
  private static final Path COMMANDS = TestFiles.PROJECT.resolve("docs/commands.md");
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--?[A-Za-z][\\w-]*)");

  private static CommandLine root() {
    PrintStream none = new PrintStream(OutputStream.nullOutputStream());
    return Main.full(none, none);
  }

  private static List<CommandLine> all(CommandLine c) {
    List<CommandLine> out = new ArrayList<>(List.of(c));
    c.getSubcommands().values().forEach(s -> out.addAll(all(s)));
    return out;
  }

  /** The lines of a Markdown file, without those inside code fences. */
  private static List<String> prose(Path file) {
    List<String> out = new ArrayList<>();
    boolean fence = false;
    for (String line : TestFiles.readUtf8(file).lines().toList()) {
      if (line.startsWith("```")) {
        fence = !fence;
        out.add("");
        continue;
      }
      out.add(fence ? "" : line);
    }
    return out;
  }

  private static int level(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == '#') {
      n++;
    }
    return n > 0 && n < line.length() && line.charAt(n) == ' ' ? n : 0;
  }

  /**
   * The section of commands.md about {@code name} ("tm import"): from the deepest heading whose
   * code names {@code localize NAME} to the next heading of its level or above.
   */
  private static String section(List<String> lines, String name) {
    int best = -1;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (level(l) > 0 && Pattern.compile("`localize " + Pattern.quote(name) + "[` ]").matcher(l).find()
          && (best < 0 || level(l) > level(lines.get(best)))) {
        best = i;
      }
    }
    if (best < 0) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = best; i < lines.size(); i++) {
      if (i > best && level(lines.get(i)) > 0 && level(lines.get(i)) <= level(lines.get(best))) {
        break;
      }
      sb.append(lines.get(i)).append('\n');
    }
    return sb.toString();
  }

  @Test
  void everyCommandOptionAndArgumentIsInCommandsMd() {
    List<String> lines = prose(COMMANDS);
    String whole = String.join("\n", lines);
    for (CommandLine c : all(root())) {
      String name = c.getCommandSpec().qualifiedName(" ").replaceFirst("^localize ?", "");
      for (OptionSpec o : c.getCommandSpec().options()) {
        if (o.usageHelp() || o.versionHelp()) { // on every command: said once, with the conventions
          for (String n : o.names()) {
            assertTrue(Pattern.compile("(?<![\\w-])" + Pattern.quote(n) + "(?![\\w-])").matcher(whole).find(), "commands.md does not mention " + n);
          }
        }
      }
      if (name.isEmpty() || !c.getSubcommands().isEmpty()) {
        continue; // localize, tm and glossary only list their commands
      }
      String section = section(lines, name);
      assertTrue(section != null, "docs/commands.md has no section for `localize " + name + "`");
      for (OptionSpec o : c.getCommandSpec().options()) {
        if (o.usageHelp() || o.versionHelp()) {
          continue;
        }
        for (String n : o.names()) {
          assertTrue(Pattern.compile("(?<![\\w-])" + Pattern.quote(n) + "(?![\\w-])").matcher(section).find(),
              "docs/commands.md, `localize " + name + "`: the option " + n + " is not described");
        }
      }
      for (PositionalParamSpec p : c.getCommandSpec().positionalParameters()) {
        for (String word : p.paramLabel().split("[ |]")) {
          assertTrue(section.contains(word.replace("...", "")),
              "docs/commands.md, `localize " + name + "`: the argument " + word + " is not described");
        }
      }
    }
  }

  @Test
  void theOptionTablesOfCommandsMdNameOnlyOptionsThatExist() {
    List<String> lines = prose(COMMANDS);
    for (CommandLine c : all(root())) {
      String name = c.getCommandSpec().qualifiedName(" ").replaceFirst("^localize ?", "");
      if (name.isEmpty() || !c.getSubcommands().isEmpty()) {
        continue;
      }
      String section = section(lines, name);
      Set<String> known = new TreeSet<>();
      c.getCommandSpec().options().forEach(o -> known.addAll(List.of(o.names())));
      for (String row : section.lines().filter(l -> l.startsWith("| `")).toList()) {
        String first = row.substring(1).split("(?<!\\\\)\\|")[0]; // the first cell; "\\|" is a | inside it
        Matcher m = OPTION.matcher(first);
        while (m.find()) {
          assertTrue(known.contains(m.group(1)), "docs/commands.md, `localize " + name + "` names " + m.group(1)
              + ", which the command does not have: " + row);
        }
      }
    }
  }

  @Test
  void theExitCodesAreThoseTheHelpLists() {
    Set<String> help = root().getCommandSpec().usageMessage().exitCodeList().keySet().stream()
        .map(String::trim).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    Set<String> doc = new TreeSet<>();
    for (String l : prose(TestFiles.PROJECT.resolve("docs/exit-codes.md"))) {
      Matcher m = Pattern.compile("^\\| (\\d+) \\|").matcher(l);
      if (m.find()) {
        doc.add(m.group(1));
      }
    }
    assertEquals(help, doc);
    assertEquals(Set.of("0", "1", "2", "3"), doc);
  }

  @Test
  void theReadmeIsShortAndLeadsWithItsTwoCommands() {
    String readme = TestFiles.readUtf8(TestFiles.PROJECT.resolve("README.md"));
    long words = Stream.of(readme.split("\\s+")).filter(w -> !w.isEmpty()).count();
    assertTrue(words <= 1500, "README.md has " + words + " words; at most 1,500 (the reference goes in docs/)");
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (m.find() && blocks.size() < 2) {
      blocks.add(m.group(1).strip());
    }
    assertEquals(List.of("bin/localize extract examples/pyongyang-visit/story.en.json --target de", "mvn -B test"), blocks);
  }

  @Test
  void everyRelativeLinkLeadsToAFileAndAHeadingThatExist() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(TestFiles.PROJECT.resolve("README.md"), TestFiles.PROJECT.resolve("locales/README.md")));
    try (Stream<Path> s = Files.list(TestFiles.PROJECT.resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    Map<Path, Set<String>> anchors = new HashMap<>();
    Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path doc : docs) {
      for (String line : prose(doc)) {
        Matcher m = link.matcher(line);
        while (m.find()) {
          String target = m.group(1);
          if (target.matches("^[a-z]+:.*")) {
            continue; // http(s), mailto
          }
          checked++;
          String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
          String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
          Path to = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
          if (!Files.exists(to)) {
            broken.add(TestFiles.PROJECT.relativize(doc) + ": " + target + " (no such file)");
            continue;
          }
          if (anchor != null && to.toString().endsWith(".md")
              && !anchors.computeIfAbsent(to, DocsTest::headings).contains(anchor)) {
            broken.add(TestFiles.PROJECT.relativize(doc) + ": " + target + " (no such heading)");
          }
        }
      }
    }
    assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
    assertTrue(checked > 50, "only " + checked + " links found: is the pattern right?");
  }

  /** The anchors GitHub gives a Markdown file's headings. */
  private static Set<String> headings(Path file) {
    Set<String> out = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : prose(file)) {
      int level = level(line);
      if (level == 0) {
        continue;
      }
      String slug = line.substring(level + 1).strip().toLowerCase(Locale.ROOT)
          .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
      int n = seen.merge(slug, 1, Integer::sum);
      out.add(n == 1 ? slug : slug + "-" + (n - 1));
    }
    return out;
  }

  @Test
  void theSlugsAreGithubs() {
    assertEquals("localize-validate-targetjson---source-sourcejson--localize-validate-translatedxlf",
        headings(TestFiles.write(TestFiles.PROJECT.resolve("target/slug-test.md"),
            "## `localize validate TARGET.json --source SOURCE.json` / `localize validate TRANSLATED.xlf`\n")).iterator().next());
    assertFalse(headings(COMMANDS).isEmpty());
  }
}
