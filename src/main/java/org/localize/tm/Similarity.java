package org.localize.tm;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.localize.unit.Content;

/**
 * The fuzzy score of two sources, 0–100: a word-level edit distance over the ICU word tokens of
 * the NFKC-normalised text (punctuation counts as a token, spaces do not; each inline code is a
 * token of its own, so a lost link costs as much as a lost word). A token that differs only in case
 * costs half. Identical sources score 100; any difference caps the score at 99.
 *
 * <p>Word level, not character level: it is what CAT tools show translators (a changed word in a
 * ten-word caption is 90%), and it is fast enough to scan a newsroom memory (tens of thousands of
 * units) without an index.
 */
public final class Similarity {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private Similarity() {}

  /**
   * A content's tokens as compared, their case-folded forms, and the folded forms counted (for a
   * cheap upper bound that skips most candidates before the edit distance).
   */
  public record Tokens(List<String> tokens, List<String> folded, Map<String, Integer> bag) {
    public int size() {
      return tokens.size();
    }
  }

  /** A tokenizer for one locale (ICU's break iterators are costly to create: one per memory). */
  public static final class Tokenizer {
    private final BreakIterator words;

    public Tokenizer(ULocale locale) {
      this.words = BreakIterator.getWordInstance(locale);
    }

    public Tokens tokens(Content content) {
      List<String> tokens = Similarity.tokens(content, words);
      List<String> folded = new ArrayList<>(tokens.size());
      Map<String, Integer> bag = new HashMap<>();
      for (String t : tokens) {
        String f = UCharacter.foldCase(t, true);
        folded.add(f);
        bag.merge(f, 1, Integer::sum);
      }
      return new Tokens(tokens, folded, bag);
    }
  }

  /** The tokens of a content as compared: text words and punctuation, and one token per code. */
  public static List<String> tokens(Content content, ULocale locale) {
    return tokens(content, BreakIterator.getWordInstance(locale));
  }

  private static List<String> tokens(Content content, BreakIterator words) {
    List<String> tokens = new ArrayList<>();
    for (Content.Part p : content.parts()) {
      if (p instanceof Content.Code c) {
        tokens.add("\uE000" + c.kind().ordinal() + ":" + c.id());
        continue;
      }
      String text = NFKC.normalize(((Content.Text) p).text());
      words.setText(text);
      int start = words.first();
      for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
        String token = text.substring(start, end);
        if (!token.isBlank()) {
          tokens.add(token);
        }
      }
    }
    return tokens;
  }

  /** The score of two token lists. */
  public static int score(List<String> a, List<String> b) {
    if (a.equals(b)) {
      return 100;
    }
    int n = Math.max(a.size(), b.size());
    if (n == 0) {
      return 100;
    }
    double distance = distance(a, b);
    int score = (int) Math.floor(100.0 * (1.0 - distance / n));
    return Math.max(0, Math.min(99, score));
  }

  /**
   * The score of two tokenized contents, or -1 when it is certainly below {@code threshold}: the
   * edit distance is at least the longer length minus the tokens the two share (case-folded), which
   * rules out most of a memory without the quadratic comparison.
   */
  public static int score(Tokens a, Tokens b, int threshold) {
    int n = Math.max(a.size(), b.size());
    if (n == 0) {
      return 100;
    }
    if (bound(a.size(), b.size()) < threshold) {
      return -1;
    }
    Map<String, Integer> small = a.bag().size() <= b.bag().size() ? a.bag() : b.bag();
    Map<String, Integer> large = small == a.bag() ? b.bag() : a.bag();
    int common = 0;
    for (Map.Entry<String, Integer> e : small.entrySet()) {
      common += Math.min(e.getValue(), large.getOrDefault(e.getKey(), 0));
    }
    if ((int) Math.floor(100.0 * common / n) < threshold) {
      return -1;
    }
    if (a.tokens().equals(b.tokens())) {
      return 100;
    }
    double distance = distance(a, b);
    return Math.max(0, Math.min(99, (int) Math.floor(100.0 * (1.0 - distance / n))));
  }

  private static double distance(Tokens a, Tokens b) {
    int m = b.size();
    double[] prev = new double[m + 1];
    double[] cur = new double[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.size(); i++) {
      cur[0] = i;
      String x = a.tokens().get(i - 1);
      String xf = a.folded().get(i - 1);
      for (int j = 1; j <= m; j++) {
        double sub = x.equals(b.tokens().get(j - 1)) ? 0 : xf.equals(b.folded().get(j - 1)) ? 0.5 : 1;
        cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + sub);
      }
      double[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  /** The highest score two token lists of these lengths can reach (to skip hopeless candidates). */
  public static int bound(int lengthA, int lengthB) {
    int n = Math.max(lengthA, lengthB);
    return n == 0 ? 100 : (int) Math.floor(100.0 * Math.min(lengthA, lengthB) / n);
  }

  private static double distance(List<String> a, List<String> b) {
    double[] prev = new double[b.size() + 1];
    double[] cur = new double[b.size() + 1];
    for (int j = 0; j <= b.size(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.size(); i++) {
      cur[0] = i;
      String x = a.get(i - 1);
      for (int j = 1; j <= b.size(); j++) {
        String y = b.get(j - 1);
        double sub = x.equals(y) ? 0 : UCharacter.foldCase(x, true).equals(UCharacter.foldCase(y, true)) ? 0.5 : 1;
        cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + sub);
      }
      double[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }
}
