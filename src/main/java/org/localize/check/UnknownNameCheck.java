package org.localize.check;

import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * A capitalised source word outside the glossary that the translation transliterated (Grigorov →
 * Григоров): an information note to add it to the glossary, so that its forms get checked. The
 * pairing uses ICU Latin keys of both words, allowing a case ending in the target; the note carries
 * ICU's own transliteration for the editor to compare. Never fails a build.
 */
public final class UnknownNameCheck implements Check {

  @Override
  public String id() {
    return "names.unknown";
  }

  @Override
  public String title() {
    return "A name is not in the glossary (with a transliteration to review)";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    int targetScript = story.targetTools().script();
    if (story.sourceTools().script() == targetScript) {
      return; // within one script names are copied, not transliterated; nothing to pair
    }
    List<Token[]> hits = null;
    String[] targetKeys = null; // computed once per unit, and only if a source word needs them
    List<Token> targetTokens = unit.target().tokens();
    for (Token s : unit.source().tokens()) {
      if (s.length() < 4 || !s.capitalised() || TermIndex.covers(unit.sourceNames(), s.start())
          || unit.source().sentenceStart(s.start())) {
        continue;
      }
      String sourceKey = story.sourceTools().latinKey(s.text());
      if (sourceKey.length() < 4) {
        continue;
      }
      if (targetKeys == null) {
        targetKeys = new String[targetTokens.size()];
        for (int i = 0; i < targetTokens.size(); i++) {
          Token t = targetTokens.get(i);
          boolean candidate = t.capitalised() && !TermIndex.covers(unit.targetNames(), t.start()) && t.script() == targetScript
              && !unit.target().sentenceStart(t.start()); // a capital there says nothing about being a name
          targetKeys[i] = candidate ? story.targetTools().latinKey(t.text()) : null;
        }
      }
      for (int i = 0; i < targetTokens.size(); i++) {
        Token t = targetTokens.get(i);
        if (targetKeys[i] != null && close(sourceKey, targetKeys[i])) {
          if (hits == null) {
            hits = new java.util.ArrayList<>();
          }
          hits.add(new Token[] {s, t});
          break;
        }
      }
    }
    if (hits != null) {
      report(unit, story, merge(unit, hits), out);
    }
  }

  /** Joins hits whose source words and target words both follow each other (Ivan Sidorov → Ивана Сидорова). */
  private static List<int[]> merge(Unit unit, List<Token[]> hits) {
    List<int[]> spans = new java.util.ArrayList<>(); // source start, source end, target start, target end
    for (Token[] h : hits) {
      int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && blank(unit.source().folded(), last[1], h[0].start())
          && blank(unit.target().folded(), last[3], h[1].start())) {
        last[1] = h[0].end();
        last[3] = h[1].end();
      } else {
        spans.add(new int[] {h[0].start(), h[0].end(), h[1].start(), h[1].end()});
      }
    }
    return spans;
  }

  private static boolean blank(String s, int from, int to) {
    return from <= to && s.substring(from, to).isBlank();
  }

  private void report(Unit unit, Story story, List<int[]> spans, List<Finding> out) {
    for (int[] sp : spans) {
      String source = unit.pair().source().substring(sp[0], sp[1]);
      String written = unit.pair().target().substring(sp[2], sp[3]);
      String icu = NameScriptCheck.inScript(story.targetTools().transliterate(source, story.sourceTools().script()),
          story.targetTools().script());
      out.add(unit.finding(this, Severity.INFO, sp[2], sp[3], source + " (" + written
          + ") is not in the names glossary; add it so that its spelling and forms are checked"
          + (icu != null && !icu.equals(written) ? " (ICU transliterates it as " + icu + ")" : ""), icu));
    }
  }

  /** Keys match when they differ by at most one edit (two for long names), allowing up to three letters of case ending. */
  private static boolean close(String source, String target) {
    int max = source.length() >= 8 ? 2 : 1;
    for (int cut = 0; cut <= 3 && cut < target.length(); cut++) {
      if (Edits.distance(source, target.substring(0, target.length() - cut), max) <= max) {
        return true;
      }
    }
    return false;
  }
}
