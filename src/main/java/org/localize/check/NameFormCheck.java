package org.localize.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.locale.ConceptForms;
import org.localize.locale.GrammaticalCase;
import org.localize.locale.PersonForms;

/**
 * A form the language does not have: a name of the source written in the translation as its stem
 * plus a case ending that its paradigm never gives it (Кореу for Корею; Риджу for a woman whose
 * surname does not decline). An error, but only where the paradigm data was sure of the name's
 * forms (its gender known or irrelevant) or the name's other word stands right before it in an
 * accepted form (Южную Кореу), only for names the source unit mentions, and never at the start
 * of a sentence, where a capitalised word may be an unrelated one.
 *
 * <p>Also forms of no language's paradigm ({@link #foreign}: German Putina, Russian Путіна) and a
 * person's surname in a case the word before it does not allow ({@link #misgoverned}: с Путин); the
 * latter's other-gender half (по словам Соколова) is {@link NameGenderCheck}'s.
 */
public final class NameFormCheck implements Check {

  @Override
  public String id() {
    return "names.form";
  }

  @Override
  public String title() {
    return "A name is in a form its language does not have";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    if (unit.sourceNames().isEmpty()) {
      return;
    }
    Marks reported = new Marks(unit.pair().target().length());
    for (Misgoverned m : misgoverned(unit, story)) {
      if (!m.otherGender()) {
        reported.mark(m.match().start());
        out.add(unit.finding(this, Severity.ERROR, m.match().start(), m.match().end(), m.written() + " cannot follow «"
            + m.governor().phrase() + "»: " + m.expected(), m.suggestion()));
      }
    }
    foreign(unit, story, reported, out);
    Set<String> endings = story.targetTools().data().names().inflector().endings();
    if (endings.isEmpty()) {
      return;
    }
    TermIndex index = story.targetNames();
    Set<String> seen = new HashSet<>();
    List<Token> tokens = unit.target().tokens();
    // per token: the first concept it wrongly inflects, or better one whose full name it continues
    java.util.Map<Integer, Object[]> found = new java.util.TreeMap<>();
    int[] candidates = null; // the tokens that may be a wrong form of a name, whichever: made once
    for (TermIndex.Match m : unit.sourceNames()) {
      if (m.kind() != TermIndex.Kind.ACCEPTED || !seen.add(m.concept().concept().id())) {
        continue;
      }
      ConceptForms target = index.concept(m.concept().concept().id());
      if (target == null || !target.stems().isEmpty()) {
        continue;
      }
      if (candidates == null) {
        candidates = candidates(unit, reported);
      }
      if (candidates.length == 0) {
        break; // no word may be a wrong form of any name: the names' words are not read
      }
      Set<String> words = index.acceptedWords(target);
      long firsts = firstLetters(words);
      for (int i : candidates) {
        Token t = tokens.get(i);
        if ((firsts & firstLetter(t.charAt(0))) == 0) {
          continue; // no word of the name starts with its letter: closest finds nothing
        }
        if (target.person().otherOnly().containsKey(t.text())) {
          continue; // an ending of the other gender's surname (Sokolows for Sokolowa) is names.gender's
        }
        String form = closest(t.text(), words, endings);
        if (form == null) {
          continue;
        }
        String previous = i > 0 ? tokens.get(i - 1).text() : null;
        String agreeing = agreeing(form, previous, target);
        if (!target.confident() && agreeing == null) {
          continue; // unsure forms prove nothing, unless the name's own other word shows the case
        }
        Object[] before = found.get(i);
        if (before == null || (before[2] == null && agreeing != null)) {
          found.put(i, new Object[] {target, agreeing != null ? agreeing : form, agreeing, indeclinable(form, words)});
        }
      }
    }
    for (java.util.Map.Entry<Integer, Object[]> e : found.entrySet()) {
      Token t = tokens.get(e.getKey());
      ConceptForms target = (ConceptForms) e.getValue()[0];
      String form = (String) e.getValue()[1];
      out.add(unit.finding(this, Severity.ERROR, t.start(), t.end(), unit.pair().target().substring(t.start(), t.end())
          + " is not a form of " + target.preferred() + ((Boolean) e.getValue()[3] ? " (it does not decline)" : "")
          + "; its forms include " + form, form));
    }
  }

  /**
   * Forms no paradigm of the language gives, for a name of the source the translation lacks: a
   * person's name with a case ending of another language where names take none (German, English,
   * French Putina, Poutina), and a form with a letter the language does not have (Russian Путіна,
   * Пхеньяні with the Ukrainian і).
   */
  private void foreign(Unit unit, Story story, Marks reported, List<Finding> out) {
    org.localize.locale.LocaleData.Names names = story.targetTools().data().names();
    String letters = names.inflector().letters();
    TermIndex index = story.targetNames();
    int script = story.targetTools().script();
    // the language's English name only for a finding's message: ICU reads its display names for it
    java.util.function.Supplier<String> language = () ->
        story.targetTools().data().locale().getDisplayLanguage(com.ibm.icu.util.ULocale.ENGLISH);
    Set<String> seen = new HashSet<>();
    // a name the translation has, it has: another word near it (Maria beside Mario Draghi) is not its form
    Set<String> present = null; // made once a name of the source asks (not for units naming none in full)
    for (TermIndex.Match m : unit.sourceNames()) {
      if (m.kind() != TermIndex.Kind.ACCEPTED) {
        continue;
      }
      String id = m.concept().concept().id();
      if (!seen.add(id)) {
        continue; // (each name once: its forms looked up once)
      }
      ConceptForms c = index.concept(id);
      if (c == null) {
        continue;
      }
      if (present == null) {
        present = new HashSet<>();
        for (TermIndex.Match t : unit.targetNames()) {
          if (t.kind() != TermIndex.Kind.WRONG_GENDER) {
            present.add(t.concept().concept().id());
          }
        }
      }
      if (present.contains(id)) {
        continue;
      }
      boolean person = c.concept().type() == org.localize.locale.ConceptType.PERSON;
      Set<String> words = index.acceptedWords(c);
      NameTokens capitals = unit.targetCapitals();
      for (int k = 0, n = capitals.size(); k < n; k++) {
        Token t = capitals.token(k);
        if (reported.has(t.start()) || t.length() < 4 || !capitals.singleScript(k)
            || (capitals.covered(k) && coveredByName(unit, t.start()))
            || (capitals.known(k) && !words.contains(t.text()) && !wrongGender(c, t))) {
          continue;
        }
        String written = unit.pair().target().substring(t.start(), t.end());
        String base = person && !NameWords.inSource(unit, t.text()) ? NameWords.foreignEnding(t.text(), words, names) : null;
        if (base != null) {
          reported.mark(t.start());
          out.add(unit.finding(this, Severity.ERROR, t.start(), t.end(), written + " is not a form of " + c.preferred()
              + ": " + language.get() + " does not give names the ending -" + t.text().substring(
                  t.text().startsWith(base) ? base.length() : base.length() - 1) + "; its forms include " + base, base));
          continue;
        }
        if (letters.isEmpty() || t.script() != script) {
          continue;
        }
        for (String f : words) {
          int max = f.length() >= 9 ? 2 : 1;
          if (f.length() < 4 || f.charAt(0) != t.text().charAt(0) || Edits.distance(t.text(), f, max) > max) {
            continue;
          }
          int at = NameWords.foreignLetter(t.text(), f, letters);
          if (at >= 0) {
            reported.mark(t.start());
            out.add(unit.finding(this, Severity.ERROR, t.start(), t.end(), written + " is not a form of " + c.preferred()
                + ": " + t.text().charAt(at) + " is not a letter of " + language.get() + "; the form is " + f, f));
            break;
          }
        }
      }
    }
  }

  /** Whether a glossary spelling other than a wrong-gender phrase covers position {@code pos}. */
  private static boolean coveredByName(Unit unit, int pos) {
    for (TermIndex.Match m : unit.targetNames()) {
      if (m.start() <= pos && pos < m.end() && m.kind() != TermIndex.Kind.WRONG_GENDER) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} is a word of one of {@code c}'s wrong-gender phrases (Putina of Wladimir Putina). */
  private static boolean wrongGender(ConceptForms c, Token t) {
    for (String p : c.wrongGender()) {
      if (p.endsWith(" " + t.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person's name after a word that fixes its case (по словам, według, с) in a form that is none of
   * those cases for the person's known gender: Соколова (her nominative) after «по словам», which takes
   * the genitive Соколовой; с Путин.
   *
   * @param otherGender whether the form is the other gender's surname in a case the word allows
   *     (Соколова, the masculine genitive): {@code names.gender}'s, not {@code names.form}'s
   * @param expected what the word asks for, for the message
   */
  record Misgoverned(TermIndex.Match match, String written, NameWords.Governor governor, boolean otherGender,
      String expected, String suggestion) {}

  /** The {@link Misgoverned} person names of a unit, found for both names.form and names.gender. */
  static List<Misgoverned> misgoverned(Unit unit, Story story) {
    java.util.Map<String, Set<GrammaticalCase>> governors = story.targetTools().data().names().governors();
    if (governors.isEmpty() || unit.targetNames().isEmpty()) {
      return List.of();
    }
    List<Misgoverned> out = new java.util.ArrayList<>();
    String folded = unit.target().folded();
    int lastStart = -1;
    for (TermIndex.Match m : unit.targetNames()) {
      if (m.start() == lastStart) {
        continue; // the longest match at a position is the name (Ким Чен Ын, not Ким)
      }
      lastStart = m.start();
      PersonForms p = m.concept().person();
      if (m.kind() != TermIndex.Kind.ACCEPTED || !m.entry().exact() || p.cases().isEmpty()
          || (m.end() < folded.length() && folded.charAt(m.end()) == '-')) {
        continue; // not a person of known gender and sure forms; or a compound (Путин-стайл)
      }
      NameWords.Governor g = NameWords.governor(unit.target(), m.start(), governors);
      if (g == null) {
        continue;
      }
      List<String> words = new java.util.ArrayList<>();
      for (Token t : unit.target().tokens()) {
        if (t.start() >= m.start() && t.end() <= m.end()) {
          words.add(t.text());
        }
      }
      // the surname decides, and only one of the kinds whose gender forms are known (Соколова,
      // Путин, Sokołowa): the rules are sure of those, while a foreign name the rules decline may
      // not decline at all (Дюма, Николя, a woman's Меркель), so its nominative proves nothing
      String surname = words.isEmpty() ? null : words.get(words.size() - 1);
      Set<GrammaticalCase> cases = surname == null || p.otherCases().isEmpty() ? null : p.casesOf(surname);
      if (cases == null || !java.util.Collections.disjoint(cases, g.cases())) {
        continue;
      }
      Set<GrammaticalCase> other = p.otherCases().get(surname);
      boolean otherGender = other != null && !java.util.Collections.disjoint(other, g.cases());
      // the name in each case the word allows, word by word from the person's own forms
      java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
      story.targetTools().data().names().inflector().cases().forEach(cl -> labels.put(cl.grammaticalCase().name(), cl.label()));
      List<String> wanted = new java.util.ArrayList<>();
      List<String> forms = new java.util.ArrayList<>();
      for (GrammaticalCase c : g.cases()) {
        wanted.add(labels.getOrDefault(c.name(), c.name().toLowerCase(java.util.Locale.ROOT)));
        StringBuilder phrase = new StringBuilder();
        for (String w : words) {
          String in = inCase(w, c, p);
          if (in == null) {
            phrase = null;
            break;
          }
          phrase.append(phrase.length() == 0 ? "" : " ").append(in);
        }
        if (phrase != null && !forms.contains(phrase.toString())) {
          forms.add(phrase.toString());
        }
      }
      String written = unit.pair().target().substring(m.start(), m.end());
      String asked = wanted.size() == 1 ? wanted.get(0)
          : String.join(", ", wanted.subList(0, wanted.size() - 1)) + " or " + wanted.get(wanted.size() - 1);
      String expected = "the name takes the " + asked + (forms.isEmpty() ? "" : " there: "
          + String.join(", ", forms));
      out.add(new Misgoverned(m, written, g, otherGender, expected, forms.isEmpty() ? null : forms.get(0)));
    }
    return out;
  }

  /** The word of the person's forms that is {@code word} in case {@code c}: the same first letters, that case. */
  private static String inCase(String word, GrammaticalCase c, PersonForms p) {
    Set<GrammaticalCase> own = p.casesOf(word);
    if (own != null && own.contains(c)) {
      return word;
    }
    String best = null;
    int bestPrefix = 0;
    for (java.util.Map.Entry<String, Set<GrammaticalCase>> e : p.cases().entrySet()) {
      if (!e.getValue().contains(c) || e.getValue().size() == GrammaticalCase.values().length) {
        continue;
      }
      String f = e.getKey();
      int k = 0;
      while (k < f.length() && k < word.length() && f.charAt(k) == word.charAt(k)) {
        k++;
      }
      if (k >= Math.min(3, word.length() - 1) && k > bestPrefix) {
        best = f;
        bestPrefix = k;
      }
    }
    return best;
  }

  /**
   * For each token, whether it may be a wrong form of a name at all: capitalised, three letters or
   * more in one script, no glossary spelling, not at a sentence start, not reported already. The
   * same for every name of the unit, so asked once per token rather than once per token and name;
   * their positions among the tokens, in order (each name then reads these, not every token).
   */
  private static int[] candidates(Unit unit, Marks reported) {
    NameTokens capitals = unit.targetCapitals();
    int[] ok = new int[capitals.size()];
    int n = 0;
    for (int c = 0; c < capitals.size(); c++) {
      Token t = capitals.token(c);
      // the answers known already first (covered, the marks), then the ones asked of the word: a
      // glossary name is covered, and its hash and table probe for known() are spared
      if (!(t.length() < 3 || capitals.covered(c) || reported.has(t.start()) || !capitals.singleScript(c)
          || capitals.known(c) || capitals.sentenceStart(c))) {
        ok[n++] = capitals.index(c);
      }
    }
    return java.util.Arrays.copyOf(ok, n);
  }

  /** A bit for a first letter (its low six bits: letters that share one only let more words through). */
  static long firstLetter(char c) {
    return 1L << (c & 63);
  }

  /**
   * The {@link #firstLetter} bits of the words {@link #closest} may return (three letters or more):
   * a word whose first letter's bit is clear starts none of them, and {@link #closest} of it is null.
   */
  static long firstLetters(Set<String> words) {
    long bits = 0;
    for (String f : words) {
      if (f.length() >= 3) {
        bits |= firstLetter(f.charAt(0));
      }
    }
    return bits;
  }

  /** The accepted word that {@code word} wrongly inflects (its stem plus a foreign ending), or null. */
  static String closest(String word, Set<String> words, Set<String> endings) {
    String best = null;
    int bestPrefix = 0;
    for (String f : words) {
      if (f.length() < 3 || f.charAt(0) != word.charAt(0)) {
        continue;
      }
      int p = 0;
      while (p < f.length() && p < word.length() && f.charAt(p) == word.charAt(p)) {
        p++;
      }
      int rest = word.length() - p;
      if (p >= 3 && p >= f.length() - 2 && rest >= 1 && rest <= 3
          && endings.contains(word.substring(p).toLowerCase(java.util.Locale.ROOT)) && p > bestPrefix) {
        best = f;
        bestPrefix = p;
      }
    }
    return best;
  }

  /**
   * The form in the case of the word before it when that word is part of the same name (Южную Кореу:
   * the accusative Южную asks for Корею), else null.
   */
  private static String agreeing(String form, String previous, ConceptForms c) {
    if (previous == null) {
      return null;
    }
    String head = form.substring(0, Math.min(3, form.length()));
    for (String phrase : c.accepted()) {
      int at = phrase.indexOf(previous + " " + head);
      if (at >= 0 && (at == 0 || phrase.charAt(at - 1) == ' ')) {
        String rest = phrase.substring(at + previous.length() + 1);
        int end = rest.indexOf(' ');
        return end < 0 ? rest : rest.substring(0, end);
      }
    }
    return null;
  }

  private static boolean indeclinable(String form, Set<String> words) {
    String head = form.substring(0, 3);
    return words.stream().filter(w -> w.startsWith(head)).allMatch(w -> w.equals(form));
  }
}
