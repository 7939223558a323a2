package org.localize.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleCondition} may only ever say "no match" when there is none: checked against Java's
 * own matcher for every rule of Okapi's default SRX document (all languages) on random text made
 * of what the rules look for, and on hand-made cases of each construct it reads.
 */
class RuleConditionTest {
  private static boolean may(String regex, String text) {
    RuleCondition c = RuleCondition.of(regex);
    assertNotNull(c, regex);
    return c.mayMatch(new RuleCondition.TextIndex(text));
  }

  @Test
  void aRuleWhoseCharactersAreMissingCannotMatch() {
    assertTrue(may("\\b[Ii][Nn][Cc][Ll]\\.", "prices incl. tax"));
    assertFalse(may("\\b[Ii][Nn][Cc][Ll]\\.", "prices include tax."));
    // alternatives, each followed by what follows the group
    assertTrue(may("\\b([Jj]an|[Ff]eb)\\.(\\s)", "on Feb. 3"));
    assertFalse(may("\\b([Jj]an|[Ff]eb)\\.(\\s)", "Janet and Febe met in January."));
    // an optional item: with or without it
    assertTrue(may("\\b[Aa]\\.?[Mm]\\.", "at 9 a.m. sharp"));
    assertTrue(may("\\b[Aa]\\.?[Mm]\\.", "at 9 am. sharp"));
    assertFalse(may("\\b[Aa]\\.?[Mm]\\.", "an a.n. mm."));
    // once or more: the first copy follows what precedes
    assertTrue(may("x[0-9]+y", "x12y"));
    assertFalse(may("x[0-9]+y", "x y 1"));
    // \s is a set of characters, lookaround and anchors take none
    assertTrue(may("Mr\\.\\s(?=\\p{Lu})", "Mr.\u00a0Smith"));
    assertFalse(may("Mr\\.\\s(?=\\p{Lu})", "Mr.Smith Mr"));
    assertTrue(may("^\\s*[0-9]+\\.", "  12. Item"));
    // a class escape separates what must be adjacent, but both sides are still needed
    assertTrue(may("ab\\p{Lu}cd", "abXcd"));
    assertFalse(may("ab\\p{Lu}cd", "abXce"));
    assertTrue(may("ab\\p{Lu}cd", "ab cd")); // the class itself is not checked
  }

  @Test
  void aWordBoundaryIsCheckedWhereBothSidesAreCertain() {
    assertFalse(may("\\bp\\.", "the help. Stop."));
    assertTrue(may("\\bp\\.", "see p. 5"));
    assertTrue(may("\\bp\\.", "p. 5")); // the start of the text
    assertFalse(may("\\bp\\.", "ép. 5")); // a letter beyond ASCII is a word character too
    assertFalse(may("\\b(г|гг)\\.", "в 2020 ргг. нег."));
    assertTrue(may("\\b(г|гг)\\.", "в 2020 г. и"));
    assertTrue(may("\\bp\\.", "\uD835\uDC00p. 5")); // a surrogate: not told, may match
    assertTrue(may("\\bp\\.", "a\u0301p. 5")); // a combining mark: not told, may match
    assertTrue(Pattern.compile("\\bp\\.", Pattern.UNICODE_CHARACTER_CLASS).matcher("1.p. 5").find());
    assertTrue(may("\\bp\\.", "1.p. 5"));
  }

  @Test
  void syntaxNotReadGivesNoCondition() {
    assertNull(RuleCondition.of("(?i)incl\\.")); // inline flags change what a literal matches
    assertNull(RuleCondition.of("(a)\\1")); // a back-reference
    assertNull(RuleCondition.of("\\Qa.b\\E"));
    assertNull(RuleCondition.of("a|")); // an empty branch matches anywhere
    assertNull(RuleCondition.of("\\p{Lu}+"));
    assertNull(RuleCondition.of("[^a]b?"));
    assertNull(RuleCondition.of("a)")); // unbalanced
  }

  @Test
  void wordCharactersAreWhatJavaMatchesWithUnicodeClasses() {
    Pattern w = Pattern.compile("\\w", Pattern.UNICODE_CHARACTER_CLASS);
    int word = 0;
    int notWord = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      int wordness = RuleCondition.wordness(c);
      String at = "U+" + Integer.toHexString(c);
      if (wordness == RuleCondition.WORD) {
        assertTrue(w.matcher(String.valueOf(c)).matches(), at);
        word++;
      } else if (wordness == RuleCondition.NOT_WORD) {
        assertFalse(w.matcher(String.valueOf(c)).matches(), at);
        assertTrue(Character.getType(c) != Character.NON_SPACING_MARK, at);
        notWord++;
      }
    }
    assertTrue(word > 40000 && notWord > 10000, word + " word, " + notWord + " not");
  }

  @Test
  void whiteSpaceIsWhatJavaMatchesWithUnicodeClasses() {
    Pattern s = Pattern.compile("\\s", Pattern.UNICODE_CHARACTER_CLASS);
    StringBuilder expected = new StringBuilder();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (s.matcher(new String(Character.toChars(cp))).matches()) {
        assertTrue(cp <= 0xFFFF, "white space beyond the BMP: U+" + Integer.toHexString(cp));
        expected.append((char) cp);
      }
    }
    char[] mine = RuleCondition.WHITE_SPACE.clone();
    java.util.Arrays.sort(mine);
    assertArrayEquals(expected.toString().toCharArray(), mine);
  }

  /** Okapi's default rules for every language, as Okapi compiles them. */
  static List<String> allRules(SRXDocument doc) {
    List<String> regexes = new ArrayList<>();
    for (Map.Entry<String, ArrayList<Rule>> group : doc.getAllLanguageRules().entrySet()) {
      for (Rule rule : group.getValue()) {
        regexes.add(doc.generateRuleRegex(rule).replace(SRXDocument.ANYCODE, SRXDocument.INLINECODE_PATTERN));
      }
    }
    return regexes;
  }

  static SRXDocument defaultRules() throws IOException {
    SRXDocument doc = new SRXDocument();
    try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
      doc.loadRules(in);
    }
    return doc;
  }

  @Test
  void neverSaysNoWhereJavaFindsAMatch() throws IOException {
    SRXDocument doc = defaultRules();
    List<String> regexes = allRules(doc);
    // the words the rules name (abbreviations of every language), and what surrounds them
    List<String> words = new ArrayList<>();
    java.util.regex.Matcher w = Pattern.compile("\\p{L}{1,12}", Pattern.UNICODE_CHARACTER_CLASS)
        .matcher(String.join(" ", regexes).replaceAll("\\\\[pPu]\\{?[0-9A-Za-z]*\\}?|\\\\[a-zA-Z]", " "));
    while (w.find()) {
      words.add(w.group());
    }
    Random random = new Random(18);
    List<String> texts = new ArrayList<>();
    texts.add(doc.getSampleText());
    for (int t = 0; t < 40; t++) {
      texts.add(SentencesTest.varied(random, words, 600));
    }
    int checked = 0;
    int matched = 0;
    int conditioned = 0;
    for (String regex : regexes) {
      RuleCondition c = RuleCondition.of(regex);
      if (c == null) {
        continue;
      }
      conditioned++;
      Pattern p = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
      for (String text : texts) {
        checked++;
        if (p.matcher(text).find()) {
          matched++;
          assertTrue(c.mayMatch(new RuleCondition.TextIndex(text)), () -> regex + " matches " + text);
        }
      }
    }
    // the check means something: most rules have a condition, and many texts match
    assertTrue(conditioned > regexes.size() * 9 / 10, conditioned + " of " + regexes.size());
    assertTrue(matched > 5000, matched + " of " + checked);
  }
}
