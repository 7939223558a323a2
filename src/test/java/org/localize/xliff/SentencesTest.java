package org.localize.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextPart;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.junit.jupiter.api.Test;
import org.localize.unit.Content;
import org.localize.unit.Content.CodeKind;

/**
 * {@link Sentences} leaves out of Okapi's segmenter the rules that cannot match a long text; the
 * oracle is Okapi's segmenter with all the default rules, called as before: on long random text
 * full of what the rules look at (abbreviations, initials, numbers, quotes, ellipses, lists, URLs,
 * line breaks, inline codes next to sentence ends) in the languages of the default rules and one
 * that has none of its own, the parts (their text, codes, and which are sentences) are the same.
 */
class SentencesTest {
  private static final String[] LOCALES = {"en", "en-GB", "ru", "de", "fr", "es", "it", "nl", "pt", "pl", "uk", "da", "ja"};
  private static final String[] PIECES = {
      "Mr.", "Dr.", "Mrs.", "Prof.", "St.", "Jan.", "Feb.", "Sept.", "Tue.", "U.S.", "U.K.", "U. S. A.", "e.g.", "i.e.",
      "etc.", "No.", "Nos.", "p.", "pp.", "a.m.", "p.m.", "approx.", "incl.", "vs.", "Inc.", "Ltd.", "Co.", "Ph.D.",
      "J. R. R. Tolkien", "A.", "B.", "ca.", "fig.", "Fig.", "Gen.", "Rev.", "Hon.", "Jr.", "Sr.", "Bros.", "Dept.",
      "г.", "гг.", "т.е.", "т.д.", "проф.", "им.", "ул.", "д.", "стр.", "тыс.", "млн.", "руб.", "В.", "И. И. Иванов",
      "z.B.", "Nr.", "bzw.", "usw.", "Hr.", "Fr.", "ggf.", "M.", "Mme.", "av.", "Sr.", "Sra.", "pág.", "ecc.", "sig.",
      "dhr.", "blz.", "n.º", "ul.", "np.", "itd.", "вул.", "м.", "ст.", "fx.", "bl.a.",
      "3.5", "17.2.3", "1,000.50", "12.", "2.", "iv.", "IV.", "a)", "(b)", "1934.", "©2024", "…", "...", ". . .",
      "?!", "!?", "?", "!", ":", ";", ",", "—", "–", "-", "\"", "'", "“", "”", "«", "»", "„", "‘", "’", "(", ")",
      "[", "]", "{", "}", "https://example.org/a?b=1.", "www.example.com", "Yahoo!", "\n", "\n\n", "  ", "\t", "\u00a0"};
  private static final String[] WORDS = {
      "the", "minister", "said", "Moscow", "Berlin", "would", "sign", "The", "However", "It", "In", "She", "We",
      "министр", "сказал", "Москва", "Он", "Это", "der", "Minister", "sagte", "Die", "le", "ministre", "Il", "El",
      "dijo", "Il", "ministro", "De", "minister", "zei", "Ele", "disse", "Minister", "powiedział", "Він", "сказав",
      "han", "sagde", "大臣は", "言った", "Ça", "ÉTAT", "état", "été", "A", "I", "a", "i", "US", "UK", "am", "pm"};

  /** Random text of about {@code length} characters: words, the rules' own words, pieces and spaces. */
  static String varied(Random random, List<String> ruleWords, int length) {
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      int kind = random.nextInt(10);
      String token = kind < 4 ? WORDS[random.nextInt(WORDS.length)]
          : kind < 6 && !ruleWords.isEmpty() ? ruleWords.get(random.nextInt(ruleWords.size()))
          : PIECES[random.nextInt(PIECES.length)];
      b.append(token);
      int after = random.nextInt(12);
      if (after < 3) {
        b.append(". ");
      } else if (after < 9) {
        b.append(' ');
      } else if (after == 9) {
        b.append(random.nextBoolean() ? "? " : "! ");
      }
    }
    return b.toString();
  }

  /** {@code text} cut into text and codes: pairs (some spanning a sentence end) and placeholders. */
  private static Content withCodes(Random random, String text) {
    List<Content.Part> parts = new ArrayList<>();
    int id = 1;
    int open = 0; // the id of the open pair, 0: none
    int at = 0;
    while (at < text.length()) {
      int next = Math.min(text.length(), at + 1 + random.nextInt(120));
      // often right at a sentence end or just after it
      int dot = text.indexOf(". ", at);
      if (dot >= 0 && dot < next && random.nextBoolean()) {
        next = dot + 1 + random.nextInt(2);
      }
      parts.add(new Content.Text(text.substring(at, next)));
      at = next;
      int kind = random.nextInt(3);
      if (open != 0 && kind < 2) {
        parts.add(new Content.Code(CodeKind.CLOSE, open, "bold", "</b>", "</b>"));
        open = 0;
      } else if (open == 0 && kind == 0) {
        open = id++;
        parts.add(new Content.Code(CodeKind.OPEN, open, "bold", "<b>", "<b>"));
      } else {
        parts.add(new Content.Code(CodeKind.PLACEHOLDER, id++, "lb", "<br/>", "<br/>"));
      }
    }
    if (open != 0) {
      parts.add(new Content.Code(CodeKind.CLOSE, open, "bold", "</b>", "</b>"));
    }
    return new Content(parts);
  }

  private static final java.util.Map<String, ISegmenter> ORACLES = new java.util.HashMap<>();

  /** What the segmenter made of a content before: all the rules, a segmenter per locale. */
  private static TextContainer okapi(SRXDocument doc, String locale, Content content) {
    ISegmenter segmenter = ORACLES.computeIfAbsent(locale, l -> doc.compileLanguageRules(LocaleId.fromBCP47(l), null));
    TextContainer tc = new TextContainer(OkapiContent.toFragment(content));
    segmenter.computeSegments(tc);
    List<Range> ranges = segmenter.getRanges();
    if (ranges == null || ranges.size() < 2) {
      return null;
    }
    tc.getSegments().create(ranges);
    return tc.getSegments().count() < 2 ? null : tc;
  }

  private static String parts(TextContainer tc) {
    if (tc == null) {
      return "(one sentence)";
    }
    StringBuilder b = new StringBuilder();
    for (TextPart part : tc) {
      b.append(part.isSegment() ? "[S " : "[- ").append(part.getId()).append(' ')
          .append(part.getContent().toText()).append(" | ").append(part.getContent().getCodedText())
          .append(part.getContent().getCodes()).append("]\n");
    }
    return b.toString();
  }

  @Test
  void textsSplitExactlyAsWithAllTheRules() throws IOException {
    SRXDocument doc = RuleConditionTest.defaultRules();
    List<String> ruleWords = new ArrayList<>();
    java.util.regex.Matcher w = java.util.regex.Pattern.compile("\\p{L}{1,12}")
        .matcher(String.join(" ", RuleConditionTest.allRules(doc)).replaceAll("\\\\[pPu]\\{?[0-9A-Za-z]*\\}?|\\\\[a-zA-Z]", " "));
    while (w.find()) {
      ruleWords.add(w.group());
    }
    Random random = new Random(1847);
    int reduced = 0;
    int texts = 0;
    for (String locale : LOCALES) {
      Sentences sentences = Sentences.of(locale);
      for (int t = 0; t < 4; t++) {
        // plain prose (most rules left out), rule words (few left out); with codes, or plain (t == 2)
        List<String> none = List.of();
        String text = varied(random, t % 2 == 0 ? none : ruleWords, 2048 + random.nextInt(4000));
        Content content = t % 3 == 2 ? Content.text(text) : withCodes(random, text);
        assertEquals(parts(okapi(doc, locale, content)), parts(sentences.split(content)), locale + ": " + text);
        texts++;
        if (sentences.leavesOutRules(content)) {
          reduced++;
        }
      }
    }
    assertTrue(reduced > texts / 2, reduced + " of " + texts + " texts were segmented with fewer rules");
  }

  @Test
  void theBenchmarksLongParagraphSplitsAsBefore() throws IOException {
    // the text of bench/ Scaling's one long paragraph, 100 KB
    String[] words = ("the minister said on Tuesday that Moscow and Berlin would sign several agreements about"
        + " energy trade and security in the region after talks that lasted until late evening").split(" ");
    Random r = new Random(18);
    StringBuilder b = new StringBuilder();
    for (int k = 0; b.length() < 100 * 1024; k++) {
      String w = words[r.nextInt(words.length)];
      if (k % 14 == 0) {
        w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      }
      b.append(b.length() == 0 ? "" : " ").append(w).append(k % 14 == 13 ? "." : "");
    }
    Content content = Content.text(b.append('.').toString());
    SRXDocument doc = RuleConditionTest.defaultRules();
    Sentences sentences = Sentences.of("en");
    assertTrue(sentences.leavesOutRules(content));
    assertEquals(parts(okapi(doc, "en", content)), parts(sentences.split(content)));
  }

  @Test
  void partsAreThoseOfOkapisCreate() {
    Random random = new Random(7);
    for (int t = 0; t < 300; t++) {
      Content content = withCodes(random, varied(random, List.of(), 50 + random.nextInt(400)));
      int length = OkapiContent.toFragment(content).getCodedText().length();
      // ordered ranges, some empty, some touching, some at the ends; positions may fall inside a code
      List<Range> ranges = new ArrayList<>();
      int at = random.nextInt(3) == 0 ? 0 : random.nextInt(10);
      while (at <= length && ranges.size() < 30) {
        int end = Math.min(length, at + (random.nextInt(5) == 0 ? 0 : random.nextInt(60)));
        ranges.add(new Range(at, end));
        at = end + (random.nextInt(3) == 0 ? 0 : random.nextInt(8));
      }
      TextContainer okapi = new TextContainer(OkapiContent.toFragment(content));
      String expected;
      try {
        okapi.getSegments().create(ranges);
        expected = parts(okapi) + okapi.getSegments().count();
      } catch (RuntimeException e) {
        expected = e.getClass().getName();
      }
      String actual;
      try {
        TextContainer mine = Sentences.partsOf(OkapiContent.toFragment(content), ranges);
        if (mine == null) { // not ranges it knows: Okapi's own way, as Sentences.split does
          mine = new TextContainer(OkapiContent.toFragment(content));
          mine.getSegments().create(ranges);
        }
        actual = parts(mine) + mine.getSegments().count();
      } catch (RuntimeException e) {
        actual = e.getClass().getName();
      }
      assertEquals(expected, actual, ranges.toString());
    }
  }

  @Test
  void paragraphsSplitExactlyAsWithAllTheRules() throws IOException {
    // a story's units are paragraphs of a few hundred characters: each is segmented with only the
    // rules it may need, and must split exactly as with all of them
    SRXDocument doc = RuleConditionTest.defaultRules();
    Random random = new Random(2026);
    int reduced = 0;
    int texts = 0;
    for (String locale : LOCALES) {
      Sentences sentences = Sentences.of(locale);
      for (int t = 0; t < 40; t++) {
        String text = varied(random, List.of(), 1 + random.nextInt(600));
        Content content = t % 3 == 2 ? Content.text(text) : withCodes(random, text);
        assertEquals(parts(okapi(doc, locale, content)), parts(sentences.split(content)), locale + ": " + text);
        texts++;
        if (sentences.leavesOutRules(content)) {
          reduced++;
        }
      }
    }
    assertTrue(reduced > texts * 9 / 10, reduced + " of " + texts + " paragraphs were segmented with fewer rules");
  }

  @Test
  void aParagraphOfAbbreviationsSplitsAsWithAllTheRules() throws IOException {
    Content content = Content.text("Mr. Smith arrived at 9 a.m. on Jan. 5. The U.S. Army said so!");
    Sentences sentences = Sentences.of("en");
    assertTrue(sentences.leavesOutRules(content));
    assertEquals(parts(okapi(RuleConditionTest.defaultRules(), "en", content)), parts(sentences.split(content)));
    assertNull(sentences.split(Content.text("One sentence only, e.g. this one.")));
  }

  @Test
  void threadsSegmentAtOnceAndSplitAlike() throws Exception {
    // each thread has its own segmenters: a batch segments on all cores, and no thread sees the
    // breaks another found
    Random random = new Random(5);
    List<Content> contents = new ArrayList<>();
    for (int t = 0; t < 200; t++) {
      contents.add(withCodes(random, varied(random, List.of(), 20 + random.nextInt(500))));
    }
    Sentences sentences = Sentences.of("en");
    List<String> alone = new ArrayList<>();
    for (Content c : contents) {
      alone.add(String.valueOf(sentences.split(c) == null ? null : parts(sentences.split(c))));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<String>>> runs = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        runs.add(pool.submit(() -> {
          List<String> out = new ArrayList<>();
          for (Content c : contents) {
            TextContainer tc = sentences.split(c);
            out.add(String.valueOf(tc == null ? null : parts(tc)));
          }
          return out;
        }));
      }
      for (java.util.concurrent.Future<List<String>> run : runs) {
        assertEquals(alone, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
