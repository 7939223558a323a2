package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localize.locale.ConceptForms;
import org.localize.unit.TextFormat;
import org.localize.unit.TextPair;

/**
 * The seventh round's names shortcuts answer what the formulations they replaced answer: on texts
 * made of the glossary's own words (each language's, in their cases, in capitals, cut short, run
 * together with spaces, hyphens and markup), on random text, and on the example story, in several
 * languages and with the other scripts' index names.script reads.
 */
class NamesShortcutsOracleTest {

  private static final String NOISE = "aZkéß Ωω Кк ёЁ Ѣ\u0301 金正恩 プーチン 𝐀 ’'-.<b>&amp;  \u00A0Ivan Путин";
  private static final String[] GLUE = {" ", "  ", "-", " - ", ", ", ". ", "\u00A0", " <b>", "</b> ", "'s ", "\n"};

  /** Random texts from the words of {@code index}'s spellings, changed now and then, with noise between. */
  private static List<String> texts(TermIndex index, Random r, int count) {
    List<String> words = new ArrayList<>();
    for (ConceptForms c : index.concepts()) {
      for (String p : c.accepted()) {
        words.add(p);
      }
      c.stems().forEach(words::add);
      c.variants().forEach(words::add);
      c.forbidden().forEach(words::add);
      c.wrongGender().forEach(words::add);
      c.related().forEach(words::add);
      c.relatedStems().forEach(words::add);
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(12); i > 0; i--) {
        String w = words.get(r.nextInt(words.size()));
        switch (r.nextInt(8)) {
          case 0 -> w = w.toUpperCase(java.util.Locale.ROOT);
          case 1 -> w = w.toLowerCase(java.util.Locale.ROOT);
          case 2 -> w = w + "ами".substring(0, r.nextInt(4));
          case 3 -> w = w.substring(0, r.nextInt(w.length() + 1));
          case 4 -> w = w.replace(' ', '-');
          case 5 -> {
            int at = r.nextInt(NOISE.length());
            w = NOISE.substring(at, Math.min(NOISE.length(), at + 1 + r.nextInt(5)));
          }
          default -> { }
        }
        b.append(w).append(GLUE[r.nextInt(GLUE.length)]);
      }
      out.add(b.toString());
    }
    for (TextPair p : Fixture.story()) {
      out.add(p.source());
      if (p.target() != null) {
        out.add(p.target());
      }
    }
    return out;
  }

  private static List<TermIndex> indices() {
    List<TermIndex> all = new ArrayList<>();
    for (String[] pair : new String[][] {{"en", "ru"}, {"en", "de"}, {"en", "uk"}, {"en", "ja"}, {"ru", "pl"}}) {
      Story story = Fixture.VALIDATOR.prepare(List.of(Fixture.pair("a", "b")), Fixture.ctx(pair[0], pair[1]));
      all.add(story.sourceNames());
      all.add(story.targetNames());
      all.add(story.targetNames().foreignScripts(story.targetTools().script()));
    }
    return all;
  }

  /**
   * find()'s gates (the per-character length tables, the slot bitmaps, the hash bits, the stems'
   * first three letters) only ever pass over words that match nothing: find() answers what every
   * word cut and looked up answers, in each language and script. And its matches, left unsorted
   * when found in order, are the order the sort gives them (text order, the longest first at a
   * position): a stable sort of an ordered list is the list.
   */
  @Test
  void findAnswersWhatLookingUpEveryWordAnswersInTheSortedOrder() {
    Random r = new Random(18);
    int matches = 0;
    for (TermIndex index : indices()) {
      for (String s : texts(index, r, 1_500)) {
        Text text = Text.of(s, TextFormat.HTML);
        List<TermIndex.Match> found = index.find(text);
        List<TermIndex.Match> sorted = new ArrayList<>(found);
        sorted.sort(TermIndex::compareMatches);
        assertEquals(sorted, found, s);
        assertEquals(index.findPlainly(text), found, s);
        matches += found.size();
      }
    }
    assertTrue(matches > 20_000, matches + " matches");
  }

  /**
   * names.unknown's shortcut (a target key that is the source key plus at most three letters is
   * close) says yes only where {@link UnknownNameCheck#close} does: keys from few letters, every
   * extension of each, and real keys of the example's names with endings.
   */
  @Test
  void keyWithAnEndingIsClose() {
    Random r = new Random(5);
    List<String> sources = new ArrayList<>();
    for (int k = 0; k < 3_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = 4 + r.nextInt(14); i > 0; i--) {
        b.append("aeiknorstʹ".charAt(r.nextInt(10)));
      }
      sources.add(b.toString());
    }
    sources.addAll(List.of("kormilcyna", "kristina", "grigorov", "sidorova", "dominik", "raab", "pjongjan"));
    sources.add("a".repeat(70)); // past the bit-parallel walk's 64 letters
    int shortcuts = 0;
    for (String s : sources) {
      for (String ending : List.of("", "a", "oj", "ogo", "ami", "ymi", "ovoj")) {
        String t = s + ending;
        boolean shortcut = s.length() >= 4 && t.length() - s.length() <= 3 && t.startsWith(s);
        if (shortcut) {
          shortcuts++;
          assertTrue(UnknownNameCheck.close(s, t), s + " / " + t);
        }
      }
    }
    assertTrue(shortcuts > 10_000, shortcuts + " shortcuts");
  }

  /**
   * names.misspelt's positions of the names' words, read from the capitalised words when every
   * word of the phrases is capitalised, are those read from every token: random sets of each
   * index's concepts (phrases with lower-case words among them) on its texts.
   */
  @Test
  void phraseWordPositionsFromCapitalsAreFromAllTokens() {
    Random r = new Random(13);
    int found = 0;
    for (TermIndex index : indices()) {
      List<String> ids = new ArrayList<>();
      for (ConceptForms c : index.concepts()) {
        if (!index.longPhrases(c).isEmpty()) {
          ids.add(c.concept().id());
        }
      }
      if (ids.isEmpty()) {
        continue;
      }
      for (String s : texts(index, r, 400)) {
        java.util.Set<String> named = new java.util.LinkedHashSet<>();
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
          named.add(ids.get(r.nextInt(ids.size())));
        }
        List<NearMissCheck.NamePhrase> phrases = NearMissCheck.phrases(index, named);
        Text t = Text.of(s, TextFormat.HTML);
        NameTokens capitals = new NameTokens(t, index.find(t), index);
        var expected = NearMissCheck.positionsOfAll(t.tokenArray(), phrases);
        assertEquals(expected, NearMissCheck.positions(t.tokenArray(), capitals, phrases), s + " / " + named);
        found += expected.size();
      }
    }
    assertTrue(found > 1_000, found + " words found");
  }
}
