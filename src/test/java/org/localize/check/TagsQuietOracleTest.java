package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;

/**
 * markup.tags decides most translations without building their tags ({@link TagsCheck#quiet}); the
 * check without that shortcut ({@link TagsCheck#full}) is the oracle. On random sources and targets
 * of tags in every case, void and self-closed, closing tags of void elements, crossed and unclosed
 * pairs, names that go on ({@code <a_}, {@code <a-b>}), digits, broken and unterminated tags and
 * attributes with {@code >}, the shortcut says "nothing to find" exactly when the check finds nothing
 * (up to its 16 tags a side) and never when it finds something.
 */
class TagsQuietOracleTest {
  private static final String[] PIECES = {"<a href=\"x\">", "</a>", "<A>", "</A>", "<b>", "</b>", "<B>", "</strong>",
      "<strong>", "<br>", "<BR/>", "</br>", "<img src=\"a>b\"/>", "<em>", "</em>", "<span class=x>", "</span>", "<a_b>",
      "<a-b>", "</a-b>", "<h1>", "</h1>", "<1>", "< a>", "<a", "<wbr>", "<Input/>", "</a/>", "<i>", "</i>", "x", " ",
      "текст", ">", "<", "</ a>", "<source>"};

  @Test
  void quietExactlyWhenTheCheckFindsNothing() {
    Random random = new Random(31);
    TagsCheck check = new TagsCheck();
    CheckContext ctx = Fixture.ctx("en", "ru");
    int quiet = 0;
    int loud = 0;
    for (int n = 0; n < 30_000; n++) {
      String source = joined(random, 10);
      // half the targets are the source's tags again, reordered or not: most real translations
      String target = random.nextBoolean() ? joined(random, 10) : reorder(source, random);
      org.localize.unit.TextPair pair = Fixture.pair(source, target);
      Story story = Fixture.VALIDATOR.prepare(List.of(pair), ctx);
      Unit unit = new Unit(pair, 0, story);
      List<Finding> found = new ArrayList<>();
      check.full(unit, found);
      boolean shortcut = TagsCheck.quiet(source, target);
      if (shortcut) {
        assertEquals(List.of(), found, () -> source + " → " + target);
        quiet++;
      } else if (found.isEmpty()) {
        int tags = Math.max(TagsCheck.tags(source).size(), TagsCheck.tags(target).size());
        boolean slashClose = TagsCheck.tags(source).stream().anyMatch(t -> t.close() && t.single())
            || TagsCheck.tags(target).stream().anyMatch(t -> t.close() && t.single());
        // the shortcut leaves to the check only what has more tags, or a closing tag that is also
        // single (</br>, </a/>), which the check keys as closing alone
        assertTrue(tags > 16 || slashClose, () -> "the shortcut missed a quiet pair: " + source + " → " + target);
      } else {
        loud++;
      }
    }
    assertTrue(quiet > 3000 && loud > 3000, quiet + " quiet, " + loud + " with findings");
  }

  private static String joined(Random random, int max) {
    StringBuilder sb = new StringBuilder();
    for (int k = random.nextInt(max); k > 0; k--) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  /** The tags of {@code source} with other text between them, in order or with two swapped. */
  private static String reorder(String source, Random random) {
    List<String> tags = new ArrayList<>();
    for (TagsCheck.Tag t : TagsCheck.tags(source)) {
      tags.add(source.substring(t.start(), t.end()));
    }
    if (tags.size() > 1 && random.nextInt(3) == 0) {
      int a = random.nextInt(tags.size());
      int b = random.nextInt(tags.size());
      String x = tags.get(a);
      tags.set(a, tags.get(b));
      tags.set(b, x);
    }
    StringBuilder sb = new StringBuilder();
    for (String t : tags) {
      sb.append(random.nextBoolean() ? "слово " : "").append(random.nextBoolean() ? t.toUpperCase(java.util.Locale.ROOT) : t);
    }
    return sb.toString();
  }
}
