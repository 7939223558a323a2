package org.localize.check;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.localize.locale.GrammaticalCase;
import org.localize.locale.LocaleData;
import org.localize.locale.NameInflector;

/**
 * What the names checks share about the words of a translation: words of text written without
 * spaces, the word or phrase that governs a name's case, and forms built from a name with endings
 * or letters the language does not have.
 */
final class NameWords {

  private NameWords() {}

  /**
   * The words of {@code text}: its tokens, with a run of a script written without spaces cut where
   * the script changes (プーチソ氏によると → プーチソ, 氏, によると), which is as close to words as
   * such text comes without a dictionary. A katakana name is one run; a kanji one may share its run.
   */
  static List<Token> words(Text text) {
    List<Token> tokens = text.tokens();
    Token[] array = text.tokenArray();
    List<Token> out = null;
    for (int i = 0; i < array.length; i++) {
      Token t = array[i];
      if (t.charAt(0) < 0x0E00 || !Text.spaceless(t.text().codePointAt(0))) {
        if (out != null) {
          out.add(t);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(tokens.subList(0, i));
      }
      String s = text.folded();
      int start = t.start();
      int cls = kind(s.codePointAt(start));
      for (int p = start; p < t.end(); ) {
        int cp = s.codePointAt(p);
        int k = kind(cp);
        if (k != cls) {
          out.add(new Token(start, p, s.substring(start, p), UScript.getScript(s.codePointAt(start))));
          start = p;
          cls = k;
        }
        p += Character.charCount(cp);
      }
      out.add(new Token(start, t.end(), s.substring(start, t.end()), UScript.getScript(s.codePointAt(start))));
    }
    return out == null ? tokens : out;
  }

  /** 1 katakana (with ー), 2 hiragana, 3 Han, 0 anything else. */
  private static int kind(int cp) {
    if (cp < 0x0E00) {
      return 0;
    }
    if (cp <= 0xFFFF && TermIndex.kana((char) cp)) {
      return 1;
    }
    if (cp >= 0x3040 && cp <= 0x309F) {
      return 2;
    }
    return UScript.getScript(cp) == UScript.HAN ? 3 : 4;
  }

  /**
   * Whether the source unit has {@code word} as one of its words: a name copied from the source as
   * written (China kept in a French translation of a German text, a woman called Putina) is no slip
   * of the translation's own spelling.
   */
  static boolean inSource(Unit unit, String word) {
    for (Token s : unit.source().tokenArray()) {
      if (s.length() == word.length() && s.is(word)) {
        return true;
      }
    }
    return false;
  }

  /** A word or phrase before a name that fixes its case, and the cases it allows. */
  record Governor(String phrase, Set<GrammaticalCase> cases) {}

  /**
   * The governor (по словам, według, с) right before position {@code start} of {@code text}, with
   * nothing but spaces between it and the name, or null. Phrases of up to three words, longest first.
   */
  static Governor governor(Text text, int start, Map<String, Set<GrammaticalCase>> governors) {
    if (governors.isEmpty()) {
      return null;
    }
    List<Token> tokens = text.tokens();
    String folded = text.folded();
    int i = firstEndingAfter(text.tokenArray(), start);
    // i: the first token at or after start; the governor ends at token i - 1
    if (i == 0 || !blank(folded, tokens.get(i - 1).end(), start)) {
      return null;
    }
    for (int words = Math.min(3, i); words >= 1; words--) {
      int from = i - words;
      boolean joined = true;
      for (int k = from; k < i - 1 && joined; k++) {
        joined = blankOrHyphen(folded, tokens.get(k).end(), tokens.get(k + 1).start());
      }
      if (!joined) {
        continue;
      }
      String phrase = SPACES.matcher(folded.substring(tokens.get(from).start(), tokens.get(i - 1).end())
          .toLowerCase(Locale.ROOT)).replaceAll(" "); // (String.replaceAll compiled the pattern for each phrase)
      Set<GrammaticalCase> cases = governors.get(phrase);
      if (cases != null) {
        return new Governor(text.raw().substring(tokens.get(from).start(), tokens.get(i - 1).end()), cases);
      }
    }
    return null;
  }

  /**
   * The index of the first token that ends after {@code pos} ({@code tokens.length} if none), found by
   * halves, as the tokens' ends rise: a walk from the first token, for each name of a unit, read the
   * unit's tokens again and again.
   */
  static int firstEndingAfter(Token[] tokens, int pos) {
    int lo = 0;
    int hi = tokens.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens[mid].end() <= pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private static boolean blank(String s, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (s.charAt(k) != ' ') {
        return false;
      }
    }
    return true;
  }

  private static boolean blankOrHyphen(String s, int from, int to) {
    return blank(s, from, to) || (to - from == 1 && s.charAt(from) == '-');
  }

  /**
   * The word of {@code words} (a person's accepted words) that {@code token} is with an ending the
   * language never gives a person's name (German, English, French Putina; Poutina for Poutine), or
   * null. Only where names do not take endings freely: not for a lenient language, and never an
   * ending the language's own paradigm has (Russian Путина).
   */
  static String foreignEnding(String token, Set<String> words, LocaleData.Names names) {
    NameInflector inflector = names.inflector();
    if (names.foreignEndings().isEmpty() || inflector.kind().equals("lenient") || words.contains(token)) {
      return null;
    }
    Set<String> own = inflector.endings();
    for (String w : words) {
      if (w.length() < 4 || w.charAt(0) != token.charAt(0) || token.length() <= w.length() - 1) {
        continue;
      }
      String cut = vowel(w.charAt(w.length() - 1)) ? w.substring(0, w.length() - 1) : w;
      for (String stem : cut.equals(w) ? List.of(w) : List.of(w, cut)) {
        if (stem.length() < 4 || !token.startsWith(stem) || token.length() == stem.length()) {
          continue;
        }
        String ending = token.substring(stem.length()).toLowerCase(Locale.ROOT);
        if (names.foreignEndings().contains(ending) && !own.contains(ending)) {
          return w;
        }
      }
    }
    return null;
  }

  private static boolean vowel(char c) {
    return "aeiouyаеёиоуыэюяіїє".indexOf(Character.toLowerCase(c)) >= 0;
  }

  /**
   * The first letter of {@code token} that is not in {@code letters} (the language's alphabet) and
   * not in {@code form} either, or -1: Russian Путіна for Путина has the Ukrainian і.
   */
  static int foreignLetter(String token, String form, String letters) {
    if (letters.isEmpty()) {
      return -1;
    }
    String lowerForm = form.toLowerCase(Locale.ROOT);
    for (int i = 0; i < token.length(); i++) {
      char c = Character.toLowerCase(token.charAt(i));
      if (Character.isLetter(c) && letters.indexOf(c) < 0 && lowerForm.indexOf(c) < 0) {
        return i;
      }
    }
    return -1;
  }
}
