package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.localize.locale.LocaleData;
import org.localize.locale.LocaleRepository;

class IcuAnswersTest {

  /** The languages of the built-in locale data (locales/). */
  private static List<String> languages() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("locales"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals("root.json"))
          .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
    }
  }

  /**
   * The shipped answers are exactly what ICU answers to the questions the date and number tables
   * (date vocabulary, number words, counted nouns) of every built-in locale ask (no more, no fewer); if not, this writes the files they should be
   * into target/icu-answers/.
   */
  @Test
  void shippedAnswersAreIcusOwnForEveryBuiltInLocale() throws IOException {
    LocaleRepository repo = LocaleRepository.builtIn();
    Map<String, Map<String, String>> recorded = new TreeMap<>();
    IcuAnswers.RECORDING.set(recorded);
    try {
      for (String tag : languages()) {
        LocaleData data = repo.forTag(tag);
        new DateVocabulary(data);
        NumberWords.of(data);
        new NumberNouns(data);
        LocaleTools tools = new LocaleTools(data);
        tools.script();
        tools.plurals();
      }
    } finally {
      IcuAnswers.RECORDING.remove();
    }
    String version = VersionInfo.ICU_VERSION.toString();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> e : recorded.entrySet()) {
      String language = e.getKey();
      e.getValue().forEach((q, a) -> assertTrue(q.indexOf('\t') < 0 && q.indexOf('\n') < 0 && a.indexOf('\t') < 0
          && a.indexOf('\n') < 0 && a.indexOf('\r') < 0 && !q.startsWith("#") && !q.isBlank(), "an answer a file cannot hold: " + q + " " + a));
      if (!e.getValue().equals(IcuAnswers.shipped(language, version))) {
        wrong.add(language);
        Path file = Path.of("target/icu-answers", language + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# ICU's answers to what the date and number tables of the built-in \"" + language
            + "\" locale data ask (IcuAnswers): question, tab, answer.\n"
            + "# Used only with the ICU version of the next line; IcuAnswersTest writes a new file into\n"
            + "# target/icu-answers/ when ICU or the questions change.\nicu " + version + "\n" + IcuAnswers.lines(e.getValue()));
      }
    }
    assertTrue(wrong.isEmpty(), "src/main/resources/org/localize/check/" + IcuAnswers.DIR + " is missing or differs from ICU "
        + version + " for " + wrong + "; copy the files IcuAnswersTest wrote into target/icu-answers/ there");
  }

  @Test
  void anAnswerNotShippedIsIcus() {
    ULocale es = new ULocale("es_MX@calendar=gregorian"); // no built-in locale data asks about it
    assertTrue(IcuAnswers.shipped("es", VersionInfo.ICU_VERSION.toString()).isEmpty());
    assertEquals(DateTimePatternGenerator.getInstance(es).getBestPattern("yMMMMd"), IcuAnswers.bestPattern(es, "yMMMMd"));
    ULocale ru = new ULocale("ru@calendar=gregorian");
    assertEquals(DateTimePatternGenerator.getInstance(ru).getBestPattern("GyMMMMEd"), IcuAnswers.bestPattern(ru, "GyMMMMEd"));
  }

  /** Month, weekday and day-period names, shipped or not, are ICU's, in fresh arrays. */
  @Test
  void dateSymbolsAreIcus() {
    for (ULocale l : List.of(new ULocale("es_MX@calendar=gregorian"), new ULocale("ru@calendar=gregorian"), new ULocale("ja"))) {
      com.ibm.icu.text.DateFormatSymbols dfs = com.ibm.icu.text.DateFormatSymbols.getInstance(l);
      for (int context : new int[] {com.ibm.icu.text.DateFormatSymbols.FORMAT, com.ibm.icu.text.DateFormatSymbols.STANDALONE}) {
        for (int width : new int[] {com.ibm.icu.text.DateFormatSymbols.WIDE, com.ibm.icu.text.DateFormatSymbols.ABBREVIATED}) {
          assertEquals(List.of(dfs.getMonths(context, width)), List.of(IcuAnswers.months(l, context, width)), l + " months");
          assertEquals(List.of(dfs.getWeekdays(context, width)), List.of(IcuAnswers.weekdays(l, context, width)), l + " weekdays");
        }
      }
      assertEquals(List.of(dfs.getAmPmStrings()), List.of(IcuAnswers.amPm(l)), l + " am/pm");
      assertEquals(dfs.getLocale(ULocale.ACTUAL_LOCALE).getBaseName(), IcuAnswers.symbolsLocale(l), l + " actual locale");
    }
    assertEquals("ru", IcuAnswers.symbolsLocale(new ULocale("ru_001@calendar=gregorian")));
    for (ULocale l : List.of(new ULocale("ru"), new ULocale("en"))) {
      String decimal = String.valueOf(com.ibm.icu.text.DecimalFormatSymbols.getInstance(l).getDecimalSeparator());
      assertEquals(decimal, IcuAnswers.ask(l, "decimal " + l, () -> "x"), l + ": the shipped answer is ICU's");
    }
    assertEquals("x", IcuAnswers.ask(new ULocale("de_CH"), "decimal de_CH", () -> "x"), "not shipped: asked of ICU");
    for (ULocale l : List.of(new ULocale("ru"), new ULocale("sr_Latn"), new ULocale("ja"), new ULocale("xx"), ULocale.ROOT,
        new ULocale("es_MX"))) {
      assertEquals(ULocale.addLikelySubtags(l).getScript(), IcuAnswers.likelyScript(l), l.toString());
      int[] codes = com.ibm.icu.lang.UScript.getCode(l);
      assertEquals(codes == null || codes.length == 0 ? -1 : codes[0], IcuAnswers.mainScript(l), l.toString());
    }
    assertEquals("en_001", IcuAnswers.symbolsLocale(new ULocale("en_001@calendar=gregorian")));
    String[] mine = IcuAnswers.months(new ULocale("ru@calendar=gregorian"), 0, 1);
    mine[0] = "changed";
    assertEquals(IcuAnswers.months(new ULocale("ru@calendar=gregorian"), 0, 1)[1], "февраля");
    assertTrue(!IcuAnswers.months(new ULocale("ru@calendar=gregorian"), 0, 1)[0].equals("changed"));
  }

  /** The plural rules, shipped or not, equal ICU's for the locale. */
  @Test
  void pluralRulesAreIcus() {
    for (ULocale l : List.of(new ULocale("ru"), new ULocale("en"), new ULocale("uk"), new ULocale("pl"), new ULocale("cs"),
        new ULocale("ja"), new ULocale("es_MX"), new ULocale("lv"), new ULocale("ar"), new ULocale("xx"), ULocale.ROOT)) {
      com.ibm.icu.text.PluralRules icu = com.ibm.icu.text.PluralRules.forLocale(l);
      com.ibm.icu.text.PluralRules ours = IcuAnswers.pluralRules(l);
      assertEquals(icu, ours, l.toString());
      assertEquals(icu.getKeywords(), ours.getKeywords(), l.toString());
      for (double d : new double[] {0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1.5, 0.1, 2.25, 1e6}) {
        assertEquals(icu.select(d), ours.select(d), l + " " + d);
      }
    }
  }

  /** The word between two list items, shipped or not, is ICU's. */
  @Test
  void listsOfTwoAreIcus() {
    for (ULocale l : List.of(new ULocale("ru"), new ULocale("en"), new ULocale("es_MX"), new ULocale("ja"), new ULocale("uk"))) {
      for (com.ibm.icu.text.ListFormatter.Type t : com.ibm.icu.text.ListFormatter.Type.values()) {
        String icu = com.ibm.icu.text.ListFormatter.getInstance(l, t, com.ibm.icu.text.ListFormatter.Width.WIDE).format("1", "2");
        assertEquals(icu, IcuAnswers.listOfTwo(l, t), l + " " + t);
      }
    }
    assertEquals("1 и 2", IcuAnswers.listOfTwo(new ULocale("ru"), com.ibm.icu.text.ListFormatter.Type.AND));
  }

  @Test
  void answersOfAnotherIcuVersionOrGarbledAreNotUsed() {
    assertTrue(IcuAnswers.shipped("ru", "1.0.0.0").isEmpty());
    assertTrue(IcuAnswers.shipped("../ru", VersionInfo.ICU_VERSION.toString()).isEmpty());
    assertTrue(IcuAnswers.parse(List.of("pattern ru H\tHH", "no tab here")).isEmpty());
    assertEquals(Map.of("pattern ru H", "HH", "pattern ru x", ""), IcuAnswers.parse(List.of("pattern ru H\tHH", "pattern ru x\t")));
  }

  @Test
  void aMissingIntervalPatternIsNull() {
    Map<String, Map<String, String>> recorded = new TreeMap<>();
    IcuAnswers.RECORDING.set(recorded);
    try {
      String de = IcuAnswers.dayIntervalFirstPart(new ULocale("de@calendar=gregorian"));
      assertEquals(new com.ibm.icu.text.DateIntervalInfo(new ULocale("de@calendar=gregorian"))
          .getIntervalPattern("d", com.ibm.icu.util.Calendar.DATE).getFirstPart(), de);
    } finally {
      IcuAnswers.RECORDING.remove();
    }
    assertTrue(recorded.get("de").values().iterator().next().startsWith("="), "a part, not the null of none");
  }
}
