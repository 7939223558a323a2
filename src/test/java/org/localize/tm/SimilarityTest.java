package org.localize.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localize.unit.Content;

/**
 * {@link Similarity#score(Similarity.Tokens, Similarity.Tokens, int)} against the full word edit
 * distance it was before issue 18 (the oracle below): on random sources and random edits of them,
 * short and long, at thresholds from 0 to 99, the same score wherever the score reaches the
 * threshold, and -1 (below) wherever it does not.
 */
class SimilarityTest {
  private static final String[] WORDS = {"the", "The", "THE", "minister", "Minister", "said", "on", "Tuesday", ",", ".",
      "Moscow", "moscow", "and", "Berlin", "would", "sign", "5", "«", "»"};

  /** Similarity.score(Tokens, Tokens, threshold) before issue 18. */
  private static int before(Similarity.Tokens a, Similarity.Tokens b, int threshold) {
    int n = Math.max(a.size(), b.size());
    if (n == 0) {
      return 100;
    }
    if (Similarity.bound(a.size(), b.size()) < threshold) {
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
    return Math.max(0, Math.min(99, (int) Math.floor(100.0 * (1.0 - prev[m] / n))));
  }

  private static List<String> randomWords(Random r, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(WORDS[r.nextInt(WORDS.length)]);
    }
    return out;
  }

  /** {@code words} with a few insertions, deletions, replacements, case changes, inserted and deleted runs. */
  private static List<String> edit(Random r, List<String> words, int edits) {
    List<String> out = new ArrayList<>(words);
    for (int e = 0; e < edits; e++) {
      int at = out.isEmpty() ? 0 : r.nextInt(out.size());
      switch (r.nextInt(6)) {
        case 0 -> out.add(at, WORDS[r.nextInt(WORDS.length)]);
        case 4 -> out.addAll(at, randomWords(r, 1 + r.nextInt(30))); // a run: the path strays from the diagonal
        case 5 -> out.subList(at, Math.min(out.size(), at + 1 + r.nextInt(30))).clear();
        case 1 -> {
          if (!out.isEmpty()) {
            out.remove(at);
          }
        }
        case 2 -> {
          if (!out.isEmpty()) {
            out.set(at, WORDS[r.nextInt(WORDS.length)]);
          }
        }
        default -> {
          if (!out.isEmpty()) {
            out.set(at, out.get(at).toUpperCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    return out;
  }

  private static void compare(Similarity.Tokenizer tokenizer, List<String> x, List<String> y, int threshold) {
    Similarity.Tokens a = tokenizer.tokens(Content.text(String.join(" ", x)));
    Similarity.Tokens b = tokenizer.tokens(Content.text(String.join(" ", y)));
    int expected = before(a, b, threshold);
    int actual = Similarity.score(a, b, threshold);
    if (expected >= threshold) {
      assertEquals(expected, actual, () -> threshold + ": " + x + " / " + y);
    } else {
      assertEquals(-1, actual, () -> threshold + " (score " + expected + "): " + x + " / " + y);
    }
  }

  @Test
  void scoresAsTheFullEditDistanceWhereverTheyReachTheThreshold() {
    Similarity.Tokenizer tokenizer = new Similarity.Tokenizer(ULocale.ENGLISH);
    int[] thresholds = {0, 0, 30, 50, 75, 90, 99, 100};
    Random r = new Random(18);
    for (int n = 0; n < 10_000; n++) {
      List<String> x = randomWords(r, r.nextInt(40));
      List<String> y = r.nextInt(5) == 0 ? randomWords(r, r.nextInt(40)) : edit(r, x, r.nextInt(12));
      compare(tokenizer, x, y, thresholds[r.nextInt(thresholds.length)]);
    }
    for (int n = 0; n < 12; n++) { // long ones: the band widens several times
      List<String> x = randomWords(r, 300 + r.nextInt(900));
      List<String> y = edit(r, x, r.nextInt(n < 6 ? 40 : 300));
      compare(tokenizer, x, y, thresholds[r.nextInt(thresholds.length)]);
    }
  }

  @Test
  void aLongParagraphAgainstItsEarlierVersionIsScoredExactly() {
    Similarity.Tokenizer tokenizer = new Similarity.Tokenizer(ULocale.ENGLISH);
    Random r = new Random(86);
    List<String> x = randomWords(r, 3_000);
    for (int edits : new int[] {1, 20, 200}) {
      compare(tokenizer, x, edit(r, x, edits), 0);
      compare(tokenizer, x, edit(r, x, edits), 75);
    }
  }
}
