package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sym's written-out equals and hashCode are the ones a record with its components generates. */
class DateLexiconSymTest {
  private record Generated(boolean month, int value, DateVocabulary.MonthKind kind, boolean abbreviation,
      boolean ambiguous, Set<String> leadIns, int list, int origin) {}

  @Test
  void equalsAndHashCodeAreTheRecordsOwn() {
    Random r = new Random(18);
    List<Set<String>> leadIns = List.of(Set.of(), Set.of("am"), Set.of("am", "den"));
    DateVocabulary.MonthKind[] kinds = DateVocabulary.MonthKind.values();
    DateLexicon.Sym before = null;
    Generated beforeGenerated = null;
    for (int i = 0; i < 5000; i++) {
      boolean month = r.nextBoolean();
      int value = r.nextInt(14) - 1;
      DateVocabulary.MonthKind kind = r.nextInt(5) == 0 ? null : kinds[r.nextInt(kinds.length)];
      boolean abbreviation = r.nextBoolean();
      boolean ambiguous = r.nextBoolean();
      Set<String> lead = r.nextInt(7) == 0 ? null : leadIns.get(r.nextInt(leadIns.size()));
      int list = r.nextInt(4) - 1;
      int origin = r.nextInt(3) - 1;
      DateLexicon.Sym s = new DateLexicon.Sym(month, value, kind, abbreviation, ambiguous, lead, list, origin);
      Generated g = new Generated(month, value, kind, abbreviation, ambiguous, lead, list, origin);
      assertEquals(g.hashCode(), s.hashCode(), s.toString());
      assertEquals(s, new DateLexicon.Sym(month, value, kind, abbreviation, ambiguous, lead == null ? null : Set.copyOf(lead), list, origin));
      if (before != null) {
        assertEquals(g.equals(beforeGenerated), s.equals(before), s + " / " + before);
      }
      before = s;
      beforeGenerated = g;
    }
    assertEquals(false, new DateLexicon.Sym(true, 1, null, false, false, Set.of(), 0, 0).equals("x"));
  }
}
