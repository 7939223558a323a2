package org.localize.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localize.unit.Content;
import org.localize.unit.Content.CodeKind;

/**
 * {@link Xliff12Writer#pairs} (one pass, issue 18) against the search it replaced, which looked for
 * each opening code's partner among all the codes after it: random sequences of codes with
 * repeated ids, in any order, pair the same.
 */
class CodePairsTest {

  private static boolean[] before(List<Content.Part> parts) {
    boolean[] paired = new boolean[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof Content.Code open && open.kind() == CodeKind.OPEN) {
        for (int j = i + 1; j < parts.size(); j++) {
          if (!paired[j] && parts.get(j) instanceof Content.Code close && close.kind() == CodeKind.CLOSE
              && close.id() == open.id()) {
            paired[i] = true;
            paired[j] = true;
            break;
          }
        }
      }
    }
    return paired;
  }

  @Test
  void randomCodesPairAsBefore() {
    Random r = new Random(18);
    CodeKind[] kinds = CodeKind.values();
    for (int n = 0; n < 50_000; n++) {
      List<Content.Part> parts = new ArrayList<>();
      int len = r.nextInt(14);
      for (int i = 0; i < len; i++) {
        if (r.nextInt(5) == 0) {
          parts.add(new Content.Text("t"));
        } else {
          parts.add(new Content.Code(kinds[r.nextInt(kinds.length)], 1 + r.nextInt(3), "x", "", ""));
        }
      }
      assertArrayEquals(before(parts), Xliff12Writer.pairs(parts), parts::toString);
    }
  }
}
