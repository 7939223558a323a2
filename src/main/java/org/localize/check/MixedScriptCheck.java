package org.localize.check;

import com.ibm.icu.lang.UScript;
import java.util.List;
import java.util.Map;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * A word mixing Latin, Cyrillic or Greek letters (Пxеньян with a Latin x): invisible to readers,
 * fatal to search and to every other check.
 */
public final class MixedScriptCheck implements Check {

  /** Letters that look alike across Latin and Cyrillic; a script fact, not a language rule. */
  private static final Map<Character, Character> LATIN_TO_CYRILLIC = Map.ofEntries(
      Map.entry('a', 'а'), Map.entry('e', 'е'), Map.entry('o', 'о'), Map.entry('p', 'р'), Map.entry('c', 'с'),
      Map.entry('x', 'х'), Map.entry('y', 'у'), Map.entry('k', 'к'), Map.entry('A', 'А'), Map.entry('B', 'В'),
      Map.entry('E', 'Е'), Map.entry('K', 'К'), Map.entry('M', 'М'), Map.entry('H', 'Н'), Map.entry('O', 'О'),
      Map.entry('P', 'Р'), Map.entry('C', 'С'), Map.entry('T', 'Т'), Map.entry('X', 'Х'));

  @Override
  public String id() {
    return "names.mixed-script";
  }

  @Override
  public String title() {
    return "A word mixes letters of different scripts";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    for (Token t : unit.target().tokenArray()) {
      if (t.plain()) {
        continue; // all basic Latin or all basic Russian letters
      }
      int latin = 0;
      int cyrillic = 0;
      int greek = 0;
      for (int i = 0; i < t.length(); i++) {
        int s = Token.script(t.charAt(i));
        latin += s == UScript.LATIN ? 1 : 0;
        cyrillic += s == UScript.CYRILLIC ? 1 : 0;
        greek += s == UScript.GREEK ? 1 : 0;
      }
      if ((latin > 0 ? 1 : 0) + (cyrillic > 0 ? 1 : 0) + (greek > 0 ? 1 : 0) < 2) {
        continue;
      }
      String raw = unit.pair().target().substring(t.start(), t.end());
      out.add(unit.finding(this, Severity.ERROR, t.start(), t.end(),
          raw + " mixes scripts (" + odd(raw, cyrillic >= latin) + ")", cyrillic >= latin ? toCyrillic(raw) : null));
    }
  }

  private static String odd(String word, boolean mostlyCyrillic) {
    StringBuilder b = new StringBuilder();
    int wanted = mostlyCyrillic ? UScript.CYRILLIC : UScript.LATIN;
    for (int i = 0; i < word.length(); i++) {
      int s = UScript.getScript(word.charAt(i));
      if (s != wanted && s != UScript.COMMON && s != UScript.INHERITED) {
        b.append(b.length() == 0 ? "" : ", ").append(word.charAt(i)).append(" is ").append(UScript.getName(s));
      }
    }
    return b.toString();
  }

  private static String toCyrillic(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (char c : word.toCharArray()) {
      b.append(UScript.getScript(c) == UScript.LATIN ? LATIN_TO_CYRILLIC.getOrDefault(c, c) : c);
    }
    return b.toString();
  }
}
