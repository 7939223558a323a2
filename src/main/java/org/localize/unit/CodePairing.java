package org.localize.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the paired codes of a translation are closed in the order they were opened, as the
 * translator wrote them, whatever their representation: XLIFF 1.2 {@code <g>},
 * {@code <bx/>}/{@code <ex/>} and {@code <bpt>}/{@code <ept>}, XLIFF 2 {@code <pc>} and
 * {@code <sc/>}/{@code <ec/>}. Each reader turns its markup into {@link Event}s; this is the one
 * place that decides. Misnested codes ({@code <bx id="1"/>a<bx id="2"/>b<ex id="1"/>c<ex id="2"/>})
 * would otherwise be re-paired the way the source had them, or put into the story as
 * {@code <b>a<i>b</b>c</i>}.
 */
public final class CodePairing {
  private CodePairing() {}

  /**
   * An opening or closing half of a pair as written: {@code key} identifies its pair (the same for
   * both halves), {@code label} names it for the translator ({@code <bx id="1"/>}).
   */
  public record Event(boolean open, String key, String label) {}

  /**
   * What is out of order: for each closing half whose pair is open but not the last one opened,
   * one sentence. Halves without a partner are left to the check of which codes a translation has.
   */
  public static List<String> problems(List<Event> events) {
    List<Event> stack = new ArrayList<>();
    Map<String, Integer> openCount = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Event e : events) {
      if (e.open()) {
        stack.add(e);
        openCount.merge(e.key(), 1, Integer::sum);
        continue;
      }
      if (openCount.getOrDefault(e.key(), 0) == 0) {
        continue; // closes nothing open: reported as a code the translation has too many of, or out of order
      }
      Event top = stack.get(stack.size() - 1);
      if (!top.key().equals(e.key())) {
        problems.add("closes " + e.label() + " while " + top.label() + ", opened after it, is still open; close the"
            + " codes in the reverse order of opening them (" + top.label() + " first)");
      }
      for (int i = stack.size() - 1; i >= 0; i--) {
        Event open = stack.remove(i);
        openCount.merge(open.key(), -1, Integer::sum);
        if (open.key().equals(e.key())) {
          break;
        }
      }
    }
    return problems;
  }
}
