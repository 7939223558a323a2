package org.localize.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.localize.Localizer;
import org.localize.story.Extraction;
import org.localize.unit.Content;
import org.localize.unit.Content.CodeKind;
import org.localize.unit.Pseudo;
import org.localize.unit.TextFormat;
import org.localize.unit.Unit;

/**
 * {@link Xliff12Reader} reads the units of a file within the simple subset in its first StAX pass
 * ({@link Xliff12FastPath}) instead of through Okapi's XLIFF filter. The filter is the oracle: every
 * XLIFF 1.2 file of the tests and examples, what our writer writes for every test story translated
 * (pseudo-translated, codes reordered, nested anew, split), random files, and those files mutated
 * with what CAT tools add or break, read both ways, give equal documents or the same error; and
 * each construct outside the subset falls back to the filter.
 */
class Xliff12FastPathTest {
  private static final XliffOptions[] OPTIONS = {
      new XliffOptions(false, XliffOptions.Version.V1_2, false),
      new XliffOptions(true, XliffOptions.Version.V1_2, false),
      new XliffOptions(false, XliffOptions.Version.V1_2, true),
      new XliffOptions(true, XliffOptions.Version.V1_2, true)};

  private int fast;
  private int compared;

  @Test
  void theXliffFilesOfTheTestsAndExamplesAreReadAsTheFilterReadsThem() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Stream.of("src/test/resources", "examples").flatMap(Xliff12FastPathTest::walk)) {
      files = s.filter(p -> p.toString().endsWith(".xlf") || p.toString().endsWith(".xliff")).toList();
    }
    for (Path file : files) {
      compare(file.toString(), Files.readAllBytes(file));
    }
    assertTrue(compared >= 15, "compared " + compared);
    assertTrue(fast >= 12, "fast path for " + fast + " of " + compared);
  }

  @Test
  void translatedStoriesAreReadAsTheFilterReadsThem() {
    List<Path> stories;
    try (Stream<Path> s = Stream.of("src/test/resources/golden", "src/test/resources/formats",
        "src/test/resources/updates", "src/test/resources/merge", "examples").flatMap(Xliff12FastPathTest::walk)) {
      stories = s.filter(p -> p.toString().endsWith(".json")).toList();
    }
    Random random = new Random(7);
    int storiesRead = 0;
    for (Path story : stories) {
      Extraction ex;
      String source;
      try {
        ex = Localizer.read(story, null);
        source = ex.declaredLocale() == null ? "en" : Localizer.sourceLocale(ex, null);
      } catch (RuntimeException e) {
        continue; // not a story
      }
      String target = source.startsWith("ru") ? "de" : "ru";
      TranslationFile file = Localizer.translationFile(ex, source, target);
      for (int variant = 0; variant < 6; variant++) {
        List<TranslationFile.Entry> entries = new ArrayList<>();
        for (TranslationFile.Entry e : file.entries()) {
          Content t = translate(e.unit(), target, variant, random);
          entries.add(t == null ? e : new TranslationFile.Entry(e.unit(), t, pick(random, "translated", "final"),
              null, random.nextBoolean(), e.notes(), e.suggestions()));
        }
        TranslationFile translated = new TranslationFile(file.original(), file.storyId(), source, target, entries);
        for (XliffOptions o : OPTIONS) {
          compare(story + " variant " + variant + " " + o, Xliff12Writer.write(translated, o));
        }
      }
      storiesRead++;
    }
    assertTrue(storiesRead >= 15, "stories " + storiesRead);
    assertTrue(fast >= compared / 3, "fast path for " + fast + " of " + compared);
  }

  @Test
  void randomFilesAndTheirMutationsAreReadAsTheFilterReadsThem() {
    Random random = new Random(20261125);
    String[][] locales = {{"en", "ru"}, {"en_GB", "de-AT"}, {"en-US", "sr-Latn-RS"}, {"ru", "en"}, {"de", "fr"}};
    int fastBefore = 0;
    for (int n = 0; n < 400; n++) {
      String[] loc = locales[random.nextInt(locales.length)];
      List<TranslationFile.Entry> entries = new ArrayList<>();
      for (int u = 1 + random.nextInt(6); u > 0; u--) {
        entries.add(entry(random, u));
      }
      TranslationFile file = new TranslationFile("story.json", random.nextBoolean() ? null : "s", loc[0], loc[1], entries);
      byte[] written;
      try {
        written = Xliff12Writer.write(file, OPTIONS[random.nextInt(OPTIONS.length)]);
      } catch (IllegalStateException e) {
        continue; // the segmenter refuses some random halves of pairs; stories never have them
      }
      compare("random file " + n, written);
      String text = new String(written, StandardCharsets.UTF_8);
      for (int m = 0; m < 6; m++) {
        String mutated = mutate(text, random);
        compare("random file " + n + " mutated:\n" + mutated, mutated.getBytes(StandardCharsets.UTF_8));
      }
      fastBefore = fast;
    }
    assertTrue(fastBefore >= compared / 3, "fast path for " + fastBefore + " of " + compared);
  }

  /** What a CAT tool adds to a file, or breaks in it, at a random place it could. */
  private static String mutate(String text, Random random) {
    String[][] edits = {
        {"</target>", "</target>\n<alt-trans match-quality=\"80\" origin=\"tm\"><source xml:lang=\"en\">a <g id=\"1\">b</g></source><target xml:lang=\"ru\" state=\"final\">в</target></alt-trans>"},
        {"</target>", "</target><mq:history xmlns:mq=\"MQXliff\"><mq:entry a=\"b\">x</mq:entry></mq:history>"},
        {"</target>", "</target><foo:bar xmlns:foo=\"urn:foo\">t<foo:baz/></foo:bar>"},
        {"</target>", "</target><foo:target xmlns:foo=\"urn:foo\">t</foo:target>"},
        {"</target>", "</target><note from=\"me\" annotates=\"target\">n</note>"},
        {"</source>", "</source><note>early</note>"},
        {"</source>", "</source><!-- c --><?pi x?>"},
        {"<source xml:lang=\"[^\"]*\">", "$0<!-- in -->"},
        {"<target xml:lang=\"[^\"]*\"", "$0 xml:space=\"default\""},
        {"<target xml:lang=\"[^\"]*\"", "$0 foo:state=\"x\" xmlns:foo=\"urn:foo\""},
        {"<target xml:lang=\"[^\"]*\"", "$0 mq:status=\"x\" xmlns:mq=\"MQXliff\""},
        {" xml:space=\"preserve\"", ""},
        {"<trans-unit ", "<trans-unit approved=\"yes\" "},
        {"<trans-unit ", "<trans-unit translate=\"no\" "},
        {"<trans-unit ", "<trans-unit xmlns:its=\"http://www.w3.org/2005/11/its\" its:translate=\"no\" "},
        {"<body>", "<body><group id=\"g\">"},
        {"</target>", "</target><context-group><context context-type=\"x\">c</context></context-group>"},
        {"<g id=\"(\\d+)\"", "<g id=\"a$1\""},
        {"<g id=\"(\\d+)\"", "<g id=\"0$1\""},
        {"<x id=\"(\\d+)\"", "<ph id=\"$1\""},
        {"<x id=\"(\\d+)\"([^>]*)/>", "<x id=\"$1\"$2>in</x>"},
        {"<x id=\"(\\d+)\"([^>]*)/>", "<bx id=\"$1\"$2/>"},
        {"<x id=\"(\\d+)\"([^>]*)/>", "<ex id=\"$1\"$2/>"},
        {"<g id=\"(\\d+)\"", "<g id=\"$1\" okp:merged=\"x\""},
        {"(<target[^>]*>)([^<]+)", "$1<![CDATA[$2]]>"},
        {"(<target[^>]*>)([^<]+)", "$1$2&#xE101;"},
        {"(<target[^>]*>)([^<]+)", "$1<mrk mtype=\"protected\" mid=\"1\">$2</mrk>"},
        {"<target xml:lang=\"[^\"]*\"[^>]*>[^<]*</target>", "<target/>"},
        {"<target xml:lang=\"[^\"]*\"[^>]*>[^<]*</target>", ""},
        {"<target xml:lang=\"([^\"]*)\"", "<target xml:lang=\"fr\""},
        {"</trans-unit>", "x</trans-unit>"},
        {"</trans-unit>", "<![CDATA[ ]]></trans-unit>"},
        {"target-language=\"[^\"]*\"", "target-language=\"ja\""},
        {"source-language=\"[^\"]*\" ", ""},
        {"original=\"[^\"]*\" ", ""},
        {"</body>", "<trans-unit id=\"late\" xml:space=\"preserve\"><source>s</source></trans-unit></body>"},
        {"</body>", "<trans-unit id=\"late\" xml:space=\"preserve\"><target>t</target></trans-unit></body>"},
        {"<header>", "<header><foo:body xmlns:foo=\"urn:foo\"/>"},
        {"<ex id=\"(\\d+)\"", "<ex id=\"$1\" rid=\"r\""},
        {"<bx id=\"(\\d+)\"", "<bx id=\"$1\" ctype=\"\""},
    };
    String[] edit = edits[random.nextInt(edits.length)];
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(edit[0]).matcher(text);
    List<int[]> hits = new ArrayList<>();
    while (m.find()) {
      hits.add(new int[] {m.start(), m.end()});
    }
    if (hits.isEmpty()) {
      return text;
    }
    int[] hit = hits.get(random.nextInt(hits.size()));
    String replaced = java.util.regex.Pattern.compile(edit[0]).matcher(text.substring(hit[0], hit[1])).replaceFirst(edit[1]);
    return text.substring(0, hit[0]) + replaced + text.substring(hit[1]);
  }

  @Test
  void constructsOutsideTheSubsetFallBackToTheFilter() {
    String[] outside = {
        unit(" xml:space=\"default\"", "<source>a</source><target>b</target>"),
        unit("", "<source>a</source><target>b</target>"),
        unit(P, "<source>a</source><seg-source><mrk mtype=\"seg\" mid=\"1\">a</mrk></seg-source><target>b</target>"),
        unit(P, "<source>a</source><target><mrk mtype=\"seg\" mid=\"1\">b</mrk></target>"),
        unit(P, "<source>a<ph id=\"1\">x</ph></source>"),
        unit(P, "<source>a<bpt id=\"1\">x</bpt>b<ept id=\"1\">y</ept></source>"),
        unit(P, "<source>a<it id=\"1\" pos=\"open\">x</it></source>"),
        unit(P, "<source>a<x id=\"1\">x<sub>s</sub></x></source>"),
        unit(P, "<source>a<g id=\"b1\">x</g></source>"),
        unit(P, "<source>a<g id=\"01\">x</g></source>"),
        unit(P, "<source>a<g>x</g></source>"),
        unit(P, "<source>a<ex id=\"1\" rid=\"2\"/></source>"),
        unit(P, "<source>a<![CDATA[<b>]]></source><![CDATA[x]]>"),
        unit(P, "<source>a<!-- c --></source>"),
        unit(P, "<source>a\uE101</source>"),
        unit(P, "<note>n</note><source>a</source><target>b</target>"),
        unit(P, "<source>a</source><note>n</note><target>b</target>"),
        unit(P, "<source>a</source><alt-trans><target>c</target></alt-trans><target>b</target>"),
        unit(P, "<source>a</source><target>b</target><alt-trans mid=\"1\"><target>c</target></alt-trans>"),
        unit(P, "<source>a</source><target>b</target><alt-trans okp:matchType=\"EXACT\"><target>c</target></alt-trans>"),
        unit(P, "<source>a</source><note annotates=\"target\">n</note>"),
        unit(P, "<source>a</source><target>b</target><foo:note xmlns:foo=\"urn:foo\">n</foo:note>"),
        unit(P, "<source>a</source><target>b</target><context-group><context context-type=\"x\">c</context></context-group>"),
        unit(P + " xmlns:its=\"http://www.w3.org/2005/11/its\" its:translate=\"no\"", "<source>a</source>"),
        unit(P + " foo:id=\"z\" xmlns:foo=\"urn:foo\"", "<source>a</source>"),
        unit(P, "<source>a</source><target>b</target><bar xmlns=\"\">x</bar>"),
        unit(P, "<source>a</source><target>b</target>text"),
        unit(P, "<source>a</source><source>b</source>"),
        unit(P, "<target>b</target><source>a</source>"),
        FILE_START.replace("<body>", "<body><group id=\"g\">") + "<trans-unit id=\"u\"" + P
            + "><source>a</source></trans-unit></group></body></file></xliff>",
        FILE_START.replace("<body>", "<body><bin-unit id=\"b\" mime-type=\"image/png\"><bin-source><external-file href=\"a\"/></bin-source></bin-unit>")
            + "</body></file></xliff>",
        FILE_START.replace("<xliff ", "<xliff xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\" ")
            + "<trans-unit id=\"u\"" + P + "><source>a</source></trans-unit></body></file></xliff>",
        FILE_START.replace("original=\"s.json\" ", "") + "<trans-unit id=\"u\"" + P
            + "><source>a</source></trans-unit></body></file></xliff>",
    };
    for (String xml : outside) {
      byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
      assertNull(Xliff12Reader.fastPathUnits("t.xlf", bytes), "falls back:\n" + xml);
      compare("outside:\n" + xml, bytes);
    }
  }

  @Test
  void whatOurWriterWritesAndCatToolsKeepTakesTheFastPath() {
    String[] inside = {
        unit(P, "<source>a</source>"),
        unit(P, "<source>a</source><target/>"),
        unit(P, "<source xml:lang=\"en\">a <g id=\"1\" ctype=\"bold\" equiv-text=\"&lt;b>\">b</g> <x id=\"2\" ctype=\"x-icu-argument\"/></source>"
            + "<target xml:lang=\"ru\" state=\"translated\"><x id=\"2\"/> <g id=\"1\">в <bx id=\"3\" ctype=\"link\"/>г</g><ex id=\"3\"/>\r\n&amp;&#x1F600;</target>"),
        unit(P + " approved=\"yes\" maxwidth=\"20\" size-unit=\"char\" restype=\"x-headline\"",
            "<source>a</source>\n<target state=\"final\">b</target><!-- c -->\n<note from=\"x\">n</note>"
                + "<alt-trans match-quality=\"80\"><source xml:lang=\"en\">a</source><target xml:lang=\"ru\" state=\"x\">c</target></alt-trans>"
                + "<mq:history xmlns:mq=\"MQXliff\"><mq:entry>x</mq:entry></mq:history><foo:bar xmlns:foo=\"urn:foo\" foo:x=\"1\"/>"),
        unit(P + " mq:status=\"ManuallyConfirmed\" xmlns:mq=\"MQXliff\"", "<source>a<g id=\"1\"><g id=\"2\">b</g></g></source>"
            + "<target><g id=\"2\"><g id=\"1\">b</g></g><ex id=\"4\"/><bx id=\"4\"/></target>"),
        unit(P, "<source>a<g id=\"1\" ctype=\"x\">b</g><g id=\"1\" ctype=\"y\">c</g></source><target><g id=\"1\" ctype=\"y\"><g id=\"1\" ctype=\"x\">c</g></g></target>"),
        // the codes are paired apart from the text around them: text before, between (none, some) and after them all,
        // pairs crossing, halves alone, an id used twice
        unit(P, "<source>a <bx id=\"1\" ctype=\"b\"/>b<bx id=\"2\" ctype=\"b\"/>c <ex id=\"1\"/><ex id=\"2\"/>d<x id=\"3\"/></source>"
            + "<target>\u0430 <g id=\"4\">\u0431<x id=\"3\"/></g><ex id=\"2\"/>\u0432<bx id=\"1\" ctype=\"b\"/><g id=\"4\">\u0433</g>"
            + "<ex id=\"5\"/><bx id=\"6\"/> \u0434 </target>"),
    };
    for (String xml : inside) {
      byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
      assertNotNull(Xliff12Reader.fastPathUnits("t.xlf", bytes), "fast path:\n" + xml);
      compare("inside:\n" + xml, bytes);
    }
    // all of them in one file, each after a unit of many codes: the bookkeeping of codes is the
    // file's, emptied (or made anew, past 64 ids) between one source or target and the next
    StringBuilder many = new StringBuilder("<source>");
    for (int id = 1; id <= 100; id++) {
      many.append("<g id=\"").append(id).append("\">a</g><x id=\"").append(1000 + id).append("\"/>");
    }
    many.append("<bx id=\"7\" ctype=\"b\"/>b<ex id=\"7\"/></source>");
    StringBuilder all = new StringBuilder(FILE_START);
    int n = 0;
    for (String xml : inside) {
      String body = xml.substring(xml.indexOf("<trans-unit id=\"u1\""), xml.indexOf("<trans-unit id=\"u2\""));
      all.append("<trans-unit id=\"m").append(n).append("\"").append(P).append(">").append(many).append("</trans-unit>\n");
      all.append(body.replace("id=\"u1\"", "id=\"u" + n + "\"").replace("resname=\"/a\"", "resname=\"/a" + n + "\""));
      n++;
    }
    all.append("</body>\n</file>\n</xliff>\n");
    byte[] bytes = all.toString().getBytes(StandardCharsets.UTF_8);
    assertNotNull(Xliff12Reader.fastPathUnits("t.xlf", bytes), "fast path:\n" + all);
    compare("all in one file:\n" + all, bytes);
  }

  private static final String P = " xml:space=\"preserve\"";
  private static final String FILE_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:okp=\"okapi-framework:xliff-extensions\">\n"
      + "<file original=\"s.json\" source-language=\"en\" target-language=\"ru\" datatype=\"x-localize-story\">\n"
      + "<header><note from=\"localize\">localize story: s</note></header>\n<body>\n";

  private static String unit(String attributes, String children) {
    return FILE_START + "<trans-unit id=\"u1\" resname=\"/a\"" + attributes + ">" + children + "</trans-unit>\n"
        + "<trans-unit id=\"u2\" xml:space=\"preserve\"><source>z</source><target>я</target></trans-unit>\n</body>\n</file>\n</xliff>\n";
  }

  /** Reads the bytes both ways: equal documents, or the same error. */
  private void compare(String what, byte[] bytes) {
    String viaFilter = outcome(() -> Xliff12Reader.parseWithFilter("f.xlf", bytes));
    String read = outcome(() -> XliffReader.parse("f.xlf", bytes));
    if (read.equals(viaFilter) && read.startsWith("doc") && isXliff12(bytes)) {
      try {
        if (Xliff12Reader.fastPathUnits("f.xlf", bytes) != null) {
          fast++;
        }
      } catch (RuntimeException e) {
        // counted as not fast
      }
    }
    compared++;
    assertEquals(viaFilter, read, what);
  }

  private static boolean isXliff12(byte[] bytes) {
    try {
      return XmlSniffer.rootNamespace(XmlSniffer.decode("f", bytes)).equals(Xliff12Reader.NS);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String outcome(java.util.function.Supplier<XliffDocument> read) {
    try {
      return "doc " + read.get();
    } catch (RuntimeException e) {
      return "error " + e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** A translation of a unit's source: pseudo-translated, codes reordered, nested anew or split. */
  private static Content translate(Unit unit, String locale, int variant, Random random) {
    Content pseudo = Pseudo.translate(unit.source(), unit.format(), locale);
    List<Content.Part> parts = new ArrayList<>(pseudo.parts());
    switch (variant) {
      case 0 -> { }
      case 1 -> { // reversed, pairs kept (an opening code becomes the closing one)
        List<Content.Part> reversed = new ArrayList<>();
        for (int i = parts.size() - 1; i >= 0; i--) {
          reversed.add(parts.get(i) instanceof Content.Code c && c.kind() != CodeKind.PLACEHOLDER
              ? new Content.Code(c.kind() == CodeKind.OPEN ? CodeKind.CLOSE : CodeKind.OPEN, c.id(), c.type(), c.data(), c.display())
              : parts.get(i));
        }
        parts = reversed;
      }
      case 2 -> { // the first closing code moved to the end: pairs nested anew or crossing
        for (int i = 0; i < parts.size(); i++) {
          if (parts.get(i) instanceof Content.Code c && c.kind() == CodeKind.CLOSE) {
            parts.add(parts.remove(i));
            break;
          }
        }
      }
      case 3 -> { // a pair split: one of its halves dropped
        CodeKind drop = random.nextBoolean() ? CodeKind.OPEN : CodeKind.CLOSE;
        for (int i = 0; i < parts.size(); i++) {
          if (parts.get(i) instanceof Content.Code c && c.kind() == drop) {
            parts.remove(i);
            break;
          }
        }
      }
      case 4 -> { // shuffled
        java.util.Collections.shuffle(parts, random);
      }
      default -> {
        return random.nextInt(3) == 0 ? null : random.nextBoolean() ? Content.text("") : unit.source();
      }
    }
    return new Content(parts);
  }

  private static TranslationFile.Entry entry(Random random, int index) {
    Content source = content(random);
    String kind = pick(random, "headline", "caption", "x-custom", "string", "");
    Unit unit = new Unit("u" + index, kind, TextFormat.HTML, source, List.of("/blocks/" + index + "/text"),
        random.nextBoolean() ? List.of() : List.of("A note."), random.nextInt(3) == 0 ? 80 : 0);
    List<TranslationFile.Suggestion> suggestions = new ArrayList<>();
    for (int i = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
      suggestions.add(new TranslationFile.Suggestion(content(random), content(random), pick(random, 0, 55, 100), "tm"));
    }
    return switch (random.nextInt(3)) {
      case 0 -> new TranslationFile.Entry(unit, null, null, null, false, List.of(), suggestions);
      case 1 -> new TranslationFile.Entry(unit, random.nextInt(4) == 0 ? Content.text("") : content(random),
          pick(random, "translated", "final", "needs-review-translation"), pick(random, null, "id-match"),
          random.nextBoolean(), List.of(), suggestions);
      default -> new TranslationFile.Entry(unit, source, "translated");
    };
  }

  private static final String[] TEXTS = {
      "Hello", " world", "First sentence. ", "Second one! ", "]]>", "a > b", "<tag>", "&amp;", "\"quoted\"", "it's",
      "\t", "\n", "\r\n", "\r", "😀", "\u00a0", "\u2028", "  ", "Предложение. "};
  private static final String[] TYPES = {"link", "bold", "italic", "lb", "image", "x-span", "", "a b", "f<&>"};

  /** Text with placeholders, pairs nested at random, and halves of pairs alone. */
  private static Content content(Random random) {
    List<Content.Part> parts = new ArrayList<>();
    fill(random, parts, new int[] {1}, 0);
    return new Content(parts);
  }

  private static void fill(Random random, List<Content.Part> parts, int[] nextId, int depth) {
    for (int i = random.nextInt(6); i >= 0; i--) {
      switch (random.nextInt(depth < 3 ? 6 : 3)) {
        case 0, 1 -> parts.add(new Content.Text(TEXTS[random.nextInt(TEXTS.length)]));
        case 2 -> parts.add(new Content.Code(CodeKind.PLACEHOLDER, nextId[0]++, pick(random, TYPES), "d", "<br/>"));
        case 3 -> parts.add(new Content.Code(random.nextBoolean() ? CodeKind.OPEN : CodeKind.CLOSE, nextId[0]++,
            pick(random, TYPES), "<o>", "<a>"));
        default -> {
          int id = nextId[0]++;
          String type = pick(random, TYPES);
          parts.add(new Content.Code(CodeKind.OPEN, id, type, "<o>", "<b>"));
          fill(random, parts, nextId, depth + 1);
          parts.add(new Content.Code(CodeKind.CLOSE, id, type, "</o>", "</b>"));
        }
      }
    }
  }

  private static Stream<Path> walk(String dir) {
    try {
      return Files.walk(Path.of(dir)).sorted().toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }
}
