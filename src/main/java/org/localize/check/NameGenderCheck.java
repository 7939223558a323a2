package org.localize.check;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.locale.ConceptForms;
import org.localize.locale.ConceptType;
import org.localize.locale.Gender;
import org.localize.locale.PersonForms;

/**
 * A person's surname in the other gender's form, for a person whose gender the glossary gives
 * (JSON {@code gender}, TBX {@code grammaticalGender}). Three ways, all errors:
 *
 * <ul>
 *   <li>a full name with the other gender's surname: Кристина Кормилицын, Kristina Kormilitsyn, and a
 *       given name in one case with the surname in the other gender's same case: Елены Соколова;
 *   <li>the surname alone in a form only the other gender has (Mme Sokolov, Sokolows, ソコロフ, Соколовым
 *       for a woman), where the source names the person and not the other form: it is either the wrong
 *       gender or a person the source does not mention;
 *   <li>after a word that fixes the case (по словам, według, за словами), a form of hers that is not in
 *       that case but is the other gender's form in it: по словам Соколова (the masculine genitive; hers
 *       is Соколовой).
 * </ul>
 */
public final class NameGenderCheck implements Check {

  @Override
  public String id() {
    return "names.gender";
  }

  @Override
  public String title() {
    return "A surname has the other gender's form";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    Marks reported = new Marks(unit.pair().target().length());
    String raw = unit.pair().target();
    for (TermIndex.Match m : unit.targetNames()) {
      if (m.kind() != TermIndex.Kind.WRONG_GENDER || reported.has(m.start()) || foreignEnding(unit, story, m)) {
        continue;
      }
      reported.mark(m.start());
      ConceptForms c = m.concept();
      out.add(unit.finding(this, Severity.ERROR, m.start(), m.end(), raw.substring(m.start(), m.end()) + ": "
          + c.preferred() + " is " + gender(c) + ", the surname takes the " + gender(c) + " ending", c.preferred()));
    }
    if (unit.sourceNames().isEmpty()) {
      return;
    }
    for (NameFormCheck.Misgoverned m : NameFormCheck.misgoverned(unit, story)) {
      if (m.otherGender() && !reported.has(m.match().start())) {
        reported.mark(m.match().start());
        out.add(unit.finding(this, Severity.ERROR, m.match().start(), m.match().end(), m.written() + " after «"
            + m.governor().phrase() + "» is the " + other(m.match().concept()) + " form; " + m.match().concept().preferred()
            + " is " + gender(m.match().concept()) + " and " + m.expected(), m.suggestion()));
      }
    }
    alone(unit, story, reported, out);
  }

  /** The surname alone in a form only the other gender has. */
  private void alone(Unit unit, Story story, Marks reported, List<Finding> out) {
    TermIndex index = story.targetNames();
    org.localize.locale.LocaleData.Names names = story.targetTools().data().names();
    Set<String> seen = new HashSet<>();
    List<Token> words = null;
    for (TermIndex.Match s : unit.sourceNames()) {
      String id = s.concept().concept().id();
      if (s.kind() != TermIndex.Kind.ACCEPTED || !seen.add(id) || s.concept().concept().type() != ConceptType.PERSON) {
        continue;
      }
      ConceptForms c = index.concept(id);
      if (c == null || c.person().otherOnly().isEmpty() || sourceHasOther(unit, story, id)) {
        continue; // "Sokolov and his wife Sokolova": the other form is a person of the source
      }
      PersonForms p = c.person();
      if (words == null) {
        words = NameWords.words(unit.target());
      }
      Set<String> own = index.acceptedWords(c);
      for (Token w : words) {
        String fix = p.otherOnly().get(w.text());
        if (fix == null || reported.has(w.start()) || covered(unit, w, c) || NameWords.foreignEnding(w.text(), own, names) != null) {
          continue; // German, English Putina: a Slavic ending, names.form's, though it is also the feminine surname
        }
        reported.mark(w.start());
        out.add(unit.finding(this, Severity.ERROR, w.start(), w.end(), unit.pair().target().substring(w.start(), w.end())
            + " is the " + other(c) + " form of the surname; " + c.preferred() + " is " + gender(c) + ", whose form is "
            + fix, fix));
      }
    }
  }

  /**
   * Whether the last word of a wrong-gender match is also a name with a case ending the language
   * never gives (German Wladimir Putina): {@code names.form} says so, which is the likelier slip.
   */
  private static boolean foreignEnding(Unit unit, Story story, TermIndex.Match m) {
    int space = m.entry().phrase().lastIndexOf(' ');
    String last = m.entry().phrase().substring(space + 1);
    ConceptForms c = story.targetNames().concept(m.concept().concept().id());
    return c != null && NameWords.foreignEnding(last, story.targetNames().acceptedWords(c), story.targetTools().data().names()) != null;
  }

  /** Whether a name other than a lenient stem of {@code c}'s covers the word (another glossary person Sokolov). */
  private static boolean covered(Unit unit, Token w, ConceptForms c) {
    for (TermIndex.Match m : unit.targetNames()) {
      if (m.start() <= w.start() && w.start() < m.end() && (m.entry().exact() || m.concept() != c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the source unit has the other gender's surname of person {@code id} (in the source language). */
  private static boolean sourceHasOther(Unit unit, Story story, String id) {
    ConceptForms sc = story.sourceNames().concept(id);
    if (sc == null || sc.person().otherOnly().isEmpty()) {
      return false;
    }
    for (Token t : NameWords.words(unit.source())) {
      if (sc.person().otherOnly().containsKey(t.text())) {
        return true;
      }
    }
    return false;
  }

  private static String gender(ConceptForms c) {
    Gender g = c.concept().gender();
    if (g == Gender.UNKNOWN) {
      g = c.concept().terms().values().stream().map(t -> t.gender()).filter(x -> x != null && x != Gender.UNKNOWN)
          .findFirst().orElse(Gender.UNKNOWN);
    }
    return g.name().toLowerCase(Locale.ROOT);
  }

  private static String other(ConceptForms c) {
    return gender(c).equals("feminine") ? "masculine" : "feminine";
  }
}
