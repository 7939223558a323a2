package org.localize.check;

import java.util.ArrayList;
import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.locale.ConceptForms;

/**
 * Words left in the source's script (Latin in Russian, Cyrillic in English). An error when they
 * are a glossary name of the source (Pyongyang in Russian text) that the glossary spells in the
 * target language, or a glossary name written in a third script (Ким Чен Ын in German); a warning
 * for other capitalised words and for names the glossary has no target spelling for; names the
 * glossary accepts in the target as written (Reuters, Sputnik, any-script concepts in every
 * language) and the Latin words conventional in the target's text ({@code names.keepLatin}: COVID,
 * AFP, iPhone) are fine. A suggestion is in the target's script only, or there is none.
 */
public final class NameScriptCheck implements Check {

  @Override
  public String id() {
    return "names.script";
  }

  @Override
  public String title() {
    return "A name is left in the source's script";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  private static final String LEFT_AS_WRITTEN = " is in the source's script; if it is a name that stays as written, add it to"
      + " the glossary with \"anyScript\": true";

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    int foreign = story.sourceTools().script();
    boolean sameScript = foreign == story.targetTools().script();
    TermIndex other = story.targetNames().foreignScripts(story.targetTools().script());
    if (sameScript && other.concepts().isEmpty()) {
      return;
    }
    String raw = unit.pair().target();
    Marks accepted = new Marks(raw.length());
    unit.targetNames().forEach(m -> accepted.mark(m.start(), m.end()));
    List<TermIndex.Match> sourceNames = sameScript ? List.of() : unit.sourceNamesInTarget();
    Marks reported = new Marks(raw.length());
    List<int[]> runs = sameScript ? List.of() : runs(unit.target(), foreign);
    for (TermIndex.Match m : sourceNames) {
      if (accepted.has(m.start()) || reported.has(m.start())) {
        continue;
      }
      int[] run = runAt(runs, m.start());
      if (run != null && (run[0] < m.start() || run[1] > m.end())) {
        continue; // part of a longer name kept as written (Sydney Buses, CBS Los Angeles): the warning below
      }
      ConceptForms c = story.targetNames().concept(m.concept().concept().id());
      // without a spelling in the target language the glossary cannot say the name must change script:
      // Chinese news often keeps Latin names (朝鲜领导人 Kim Jong-un)
      out.add(unit.finding(this, c == null ? Severity.WARNING : Severity.ERROR, m.start(), m.end(),
          raw.substring(m.start(), m.end()) + " is left in the source's script" + (c == null
              ? "; the glossary has no " + story.targetTools().data().language() + " spelling for it" : ""),
          c == null ? story.targetTools().icuName(raw.substring(m.start(), m.end()), foreign) : c.preferred()));
      reported.mark(m.start(), m.end());
    }
    java.util.Set<String> keep = story.targetTools().keepLatin();
    otherScripts(unit, story, other, accepted, reported, keep, out);
    if (sameScript) {
      return;
    }
    for (int[] run : runs) {
      if (accepted.has(run[0]) || reported.has(run[0]) || urlPart(raw, run[0], run[1])
          || (foreign == com.ibm.icu.lang.UScript.LATIN && conventional(unit.target(), run, keep))) {
        continue;
      }
      String text = raw.substring(run[0], run[1]);
      boolean capitalised = Character.isUpperCase(text.charAt(0)) || foreign != com.ibm.icu.lang.UScript.LATIN;
      if (capitalised) {
        out.add(unit.finding(this, Severity.WARNING, run[0], run[1], text.concat(LEFT_AS_WRITTEN), // one copy, not a builder grown three times
            story.targetTools().icuName(text, foreign)));
      }
    }
  }

  /**
   * A glossary name left in a third script: Ким Чен Ын (the Russian spelling) in a German or Polish
   * translation of an English story, Kim Jong Un in a Ukrainian one of a Russian story. The name is
   * the glossary's, so writing it in another script is the error the source-script case is; an
   * acronym or brand conventional in Latin ({@code names.keepLatin}) and any-script names stay fine.
   */
  private void otherScripts(Unit unit, Story story, TermIndex other, Marks accepted, Marks reported,
      java.util.Set<String> keep, List<Finding> out) {
    if (other.concepts().isEmpty()) {
      return;
    }
    String raw = unit.pair().target();
    java.util.Map<Integer, List<int[]>> runsByScript = new java.util.HashMap<>(); // once per script, not per name
    for (TermIndex.Match m : other.find(unit.target())) {
      if (accepted.has(m.start()) || reported.has(m.start())) {
        continue;
      }
      int script = TermIndex.scriptOf(raw.substring(m.start(), m.end()));
      List<int[]> runs = runsByScript.computeIfAbsent(script, k -> runs(unit.target(), k));
      int[] run = runAt(runs, m.start());
      if (run == null || run[0] < m.start() || run[1] > m.end()
          || (script == com.ibm.icu.lang.UScript.LATIN && conventional(unit.target(), run, keep))) {
        continue; // part of a longer name kept as written, or a Latin word the locale keeps
      }
      ConceptForms c = story.targetNames().concept(m.concept().concept().id());
      out.add(unit.finding(this, Severity.ERROR, m.start(), m.end(), raw.substring(m.start(), m.end()) + " is in "
          + com.ibm.icu.lang.UScript.getName(script) + " script" + (c == null ? "" : "; the translation writes "
          + c.preferred()), c == null ? null : c.preferred()));
      reported.mark(m.start(), m.end());
    }
  }

  /** {@code s} when every letter of it is in {@code script}, else null: a suggestion never mixes scripts (Сcанпиx). */
  static String inScript(String s, int script) {
    if (s == null) {
      return null;
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int sc = com.ibm.icu.lang.UScript.getScript(cp);
      if (Character.isLetter(cp) && sc != script && sc != com.ibm.icu.lang.UScript.COMMON
          && sc != com.ibm.icu.lang.UScript.INHERITED
          && !(script == com.ibm.icu.lang.UScript.KATAKANA && (sc == com.ibm.icu.lang.UScript.HAN
              || sc == com.ibm.icu.lang.UScript.HIRAGANA))) {
        return null;
      }
      i += Character.charCount(cp);
    }
    return s;
  }

  /** The run holding {@code pos}, found by binary search (runs are in text order). */
  private static int[] runAt(List<int[]> runs, int pos) {
    int lo = 0;
    int hi = runs.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int[] r = runs.get(mid);
      if (pos < r[0]) {
        hi = mid - 1;
      } else if (pos >= r[1]) {
        lo = mid + 1;
      } else {
        return r;
      }
    }
    return null;
  }

  /**
   * Runs of consecutive tokens in {@code script}, joined by spaces, hyphens or apostrophes: {start,
   * end, first token, last token + 1}.
   */
  private static List<int[]> runs(Text text, int script) {
    List<int[]> runs = new ArrayList<>();
    int[] cur = null;
    Token[] tokens = text.tokenArray();
    for (int i = 0; i < tokens.length; i++) {
      Token t = tokens[i];
      if (t.script() != script) {
        cur = null;
        continue;
      }
      if (cur != null && joiner(text.folded(), cur[1], t.start())) {
        cur[1] = t.end();
        cur[3] = i + 1;
      } else {
        cur = new int[] {t.start(), t.end(), i, i + 1};
        runs.add(cur);
      }
    }
    return runs;
  }

  /** One or two spaces, apostrophes or hyphens between two words of one name (imago images, O'Neill). */
  private static boolean joiner(String s, int from, int to) {
    if (to - from < 1 || to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\'' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** Whether the run, or every word of it, is one of the locale's conventional Latin words. */
  private static boolean conventional(Text text, int[] run, java.util.Set<String> keep) {
    if (keep.contains(text.folded().substring(run[0], run[1]))) {
      return true;
    }
    List<Token> tokens = text.tokens();
    for (int i = run[2]; i < run[3]; i++) { // the run's own tokens: a text of many runs stays linear
      if (!keep.contains(tokens.get(i).text())) {
        return false;
      }
    }
    return true;
  }

  private static boolean urlPart(String s, int start, int end) {
    char before = start > 0 ? s.charAt(start - 1) : ' ';
    boolean dotAfter = end + 1 < s.length() && s.charAt(end) == '.' && Character.isLetter(s.charAt(end + 1));
    return before == '@' || before == '.' || before == '/' || before == '#' || dotAfter;
  }
}
