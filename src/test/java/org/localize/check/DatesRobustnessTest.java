package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;
import org.localize.unit.TextFormat;
import org.localize.unit.TextPair;

/** Nothing in the date path throws, whatever the text and the locale; every span lies inside its text. */
class DatesRobustnessTest {

  private static final List<String> LOCALES = List.of("en", "ru", "uk", "be", "pl", "cs", "sk", "de", "fr", "es", "pt",
      "it", "is", "tr", "hu", "lt", "lv", "el", "ar", "ar-EG", "he", "fa", "hi", "th", "vi", "ja", "zh", "zh-Hant", "ko");

  @Test
  void theWmt21CrashIsGone() {
    // en → ja: "The 27-foot monument." threw StringIndexOutOfBoundsException in DateVocabulary.toMention
    for (String pointer : List.of("/headline", "/blocks/0/text")) {
      List<Finding> found = Fixture.VALIDATOR.validate(List.of(new TextPair(pointer, "headline", TextFormat.HTML,
          "The 27-foot monument.", "27フィートの記念碑。", 0)), CheckContext.of(Fixture.LOCALES, "en", "ja",
          Fixture.PUBLISHED, Fixture.GLOSSARY));
      assertTrue(found.stream().noneMatch(f -> f.check().startsWith("dates.")), found::toString);
    }
  }

  @Test
  void randomTextsInEveryLocale() {
    Random random = new Random(Long.getLong("seed", 13));
    for (String tag : LOCALES) {
      LocaleTools tools = new LocaleTools(Fixture.LOCALES.forTag(tag));
      String[] pieces = pieces(tag);
      for (int n = 0; n < Integer.getInteger("rounds", 300); n++) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + random.nextInt(12);
        for (int k = 0; k < parts; k++) {
          b.append(pieces[random.nextInt(pieces.length)]);
        }
        String s = b.toString();
        Text text = Text.of(s, TextFormat.HTML);
        List<DateMention> found = tools.dates().find(text);
        int last = -1;
        for (DateMention d : found) {
          assertTrue(d.start() >= 0 && d.start() < d.end() && d.end() <= s.length(), () -> tag + " '" + s + "': " + d);
          assertTrue(d.start() >= last, () -> tag + " '" + s + "': mentions out of order " + found);
          assertTrue(d.monthStart() < 0 || (d.monthStart() >= d.start() && d.monthEnd() <= d.end()),
              () -> tag + " '" + s + "': " + d);
          assertTrue(d.weekdayStart() < 0 || (d.weekdayStart() >= d.start() && d.weekdayEnd() <= d.end()),
              () -> tag + " '" + s + "': " + d);
          last = d.end();
        }
      }
    }
  }

  @Test
  void everyCheckOnRandomPairs() {
    Random random = new Random(17);
    OffsetDateTime published = OffsetDateTime.parse("2024-12-31T23:30:00-05:00");
    for (String target : LOCALES) {
      String[] src = pieces("en");
      String[] tgt = pieces(target);
      List<TextPair> pairs = new ArrayList<>();
      for (int n = 0; n < 60; n++) {
        pairs.add(new TextPair("/blocks/" + n + "/text", "paragraph", TextFormat.HTML, random(random, src),
            random(random, tgt), 0));
      }
      List<Finding> found = Fixture.VALIDATOR.validate(pairs, CheckContext.of(Fixture.LOCALES, "en", target, published,
          Fixture.GLOSSARY));
      for (Finding f : found) {
        if (f.hasSpan()) {
          String t = pairs.get(Integer.parseInt(f.unit().split("/")[2])).target();
          assertTrue(f.start() >= 0 && f.end() <= t.length(), () -> target + ": " + f);
        }
      }
    }
  }

  private static String random(Random random, String[] pieces) {
    StringBuilder b = new StringBuilder();
    int parts = 1 + random.nextInt(10);
    for (int k = 0; k < parts; k++) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    return b.toString();
  }

  /** Fragments a date is made of in this locale, and things that look like them. */
  private static String[] pieces(String tag) {
    List<String> p = new ArrayList<>(Arrays.asList("1", "19", "31", "2024", "12020", "0", "7", " ", " ", "\u00A0", "\u202F",
        ".", ",", ":", "/", "-", "–", "~", "～", "'", "’", "ʼ", "(", ")", "（", "）", "年", "月", "日", "년", "월", "일",
        "г.", "р.", "r.", "roku", "года", "року", "of", "the", "and", "и", "bis", "dem", "至", "th", "-го", "er",
        "a", "Z", "é", "\u0301", "😀", "\u200F", "٢٠٢٤", "２０２４", "<b>", "&amp;", "\n", "—", "%", "5."));
    DateFormatSymbols d = DateFormatSymbols.getInstance(ULocale.forLanguageTag(tag).setKeywordValue("calendar", "gregorian"));
    for (String[] names : List.of(d.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE),
        d.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.ABBREVIATED),
        d.getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE),
        d.getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED))) {
      for (String n : names) {
        if (!n.isEmpty()) {
          p.add(n);
          p.add(n.toUpperCase(java.util.Locale.ROOT));
          p.add(n.substring(0, Math.max(1, n.length() - 1)));
        }
      }
    }
    return p.toArray(String[]::new);
  }
}
