package org.localize.tm;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
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
 * ten-word caption is 90%), and cheap enough for a newsroom memory (tens of thousands of units):
 * {@link Leverage} scores only the candidates that share enough words with a unit (it files them by
 * their folded tokens), a candidate whose length or shared words cannot reach the threshold is
 * skipped before any distance is computed, and the distance itself (on token numbers, after the
 * common start and end are set aside) is computed in a band around the diagonal that widens only
 * while the texts still differ, so that it costs the length times the difference, not the square
 * of the length (an 86 KB paragraph against its earlier version took 10–18 s).
 */
public final class Similarity {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private Similarity() {}

  /**
   * A content's tokens as compared, their case-folded forms, and the folded forms counted (for a
   * cheap upper bound that skips most candidates before the edit distance).
   */
  public record Tokens(List<String> tokens, List<String> folded, Map<String, Integer> bag, int[] ids, int[] foldedIds) {
    public int size() {
      return tokens.size();
    }
  }

  /** A tokenizer for one locale (ICU's break iterators are costly to create: one per memory). */
  public static final class Tokenizer {
    private final BreakIterator words;
    /** A number per distinct token and per distinct folded token, shared by the tokens this tokenizer makes. */
    private final Map<String, Integer> numbers = new HashMap<>();

    public Tokenizer(ULocale locale) {
      this.words = BreakIterator.getWordInstance(locale);
    }

    public Tokens tokens(Content content) {
      List<String> tokens = Similarity.tokens(content, words);
      List<String> folded = new ArrayList<>(tokens.size());
      Map<String, Integer> bag = new HashMap<>();
      int[] ids = new int[tokens.size()];
      int[] foldedIds = new int[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        String t = tokens.get(i);
        String f = UCharacter.foldCase(t, true);
        folded.add(f);
        bag.merge(f, 1, Integer::sum);
        ids[i] = number(t);
        foldedIds[i] = number("\uE001" + f); // numbered apart from the tokens themselves
      }
      return new Tokens(tokens, folded, bag, ids, foldedIds);
    }

    private int number(String s) {
      Integer n = numbers.get(s);
      if (n == null) {
        n = numbers.size();
        numbers.put(s, n);
      }
      return n;
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
   * The score of two contents tokenized by one {@link Tokenizer}, or -1 when it is below
   * {@code threshold}: first the lengths, then the tokens the two share (case-folded; the edit
   * distance is at least the longer length minus those) rule out most of a memory cheaply; then
   * the edit distance is computed only as far as the threshold allows.
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
    if (Arrays.equals(a.ids(), b.ids())) {
      return 100;
    }
    // a score of at least the threshold needs a distance of at most n * (100 - threshold) / 100;
    // one more for rounding
    int most = n * (100 - threshold) / 100 + 1;
    int halves = distance(a.ids(), a.foldedIds(), b.ids(), b.foldedIds(), 2 * most);
    if (halves < 0) {
      return -1;
    }
    int score = Math.max(0, Math.min(99, (int) Math.floor(100.0 * (1.0 - halves / 2.0 / n))));
    return score < threshold ? -1 : score;
  }

  /**
   * The edit distance of two token sequences in half steps (inserting, deleting or replacing a
   * token costs 2, replacing it by the same token in another case 1), or -1 when it is more than
   * {@code most}. A common start and end cost nothing and are set aside. The rest is computed in a
   * band around the diagonal of the matrix: a path that strays k cells from the diagonal has
   * inserted or deleted k tokens, so a distance no larger than the band's width is exact; otherwise
   * the band is doubled until it holds the distance or passes {@code most} (Ukkonen). The cost is
   * the length times the distance, not the length squared.
   */
  static int distance(int[] a, int[] af, int[] b, int[] bf, int most) {
    int start = 0;
    int aEnd = a.length;
    int bEnd = b.length;
    while (start < aEnd && start < bEnd && a[start] == b[start]) {
      start++;
    }
    while (aEnd > start && bEnd > start && a[aEnd - 1] == b[bEnd - 1]) {
      aEnd--;
      bEnd--;
    }
    int n = aEnd - start;
    int m = bEnd - start;
    int longest = Math.max(n, m);
    for (int width = Math.max(Math.abs(n - m), 16); ; width *= 2) {
      int band = Math.min(width, longest);
      int halves = banded(a, af, b, bf, start, n, m, band);
      if (halves <= 2 * band || band == longest) {
        return halves <= most ? halves : -1;
      }
      if (2 * band >= most) {
        return -1; // more than this band holds, so more than most
      }
    }
  }

  /** The distance over the cells with |i - j| <= width; the cells outside count as unreachable. */
  private static int banded(int[] a, int[] af, int[] b, int[] bf, int start, int n, int m, int width) {
    final int unreachable = Integer.MAX_VALUE / 2;
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j <= width ? 2 * j : unreachable;
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - width);
      int to = Math.min(m, i + width);
      cur[from - 1] = from == 1 && i <= width ? 2 * i : unreachable;
      int x = a[start + i - 1];
      int xf = af[start + i - 1];
      for (int j = from; j <= to; j++) {
        int y = start + j - 1;
        int best = prev[j - 1] + (x == b[y] ? 0 : xf == bf[y] ? 1 : 2);
        if (j < i - 1 + width + 1) { // the cell above lies in the band of the row above
          best = Math.min(best, prev[j] + 2);
        }
        cur[j] = Math.min(best, cur[j - 1] + 2);
      }
      int[] t = prev;
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
