package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shortcuts on the path that finds dates answer exactly what the plain formulation they replace
 * answers, in the date vocabularies of sixteen locales (the walk itself against the first-character
 * pre-tests is ScannerShortcutsOracleTest's).
 */
class DateHotPathOracleTest {

  private static final List<String> LOCALES = List.of("en", "ru", "uk", "pl", "cs", "de", "fr", "ja", "zh", "ko", "el", "tr",
      "is", "lt", "ar", "th");

  /** The root's table gives, for every key, the child the root's own search finds. */
  @Test
  void firstStepByTableIsTheRootsSearch() {
    for (String tag : LOCALES) {
      DateLexicon lex = new DateVocabulary(Fixture.LOCALES.forTag(tag)).lexicon();
      int found = 0;
      for (int k = 0; k <= 0xFFFF; k++) {
        Object bySearch = lex.firstStep((char) k, true);
        assertSame(bySearch, lex.firstStep((char) k, false), tag + " U+" + Integer.toHexString(k));
        found += bySearch != null ? 1 : 0;
      }
      assertTrue(found > 5, tag + ": too few first keys (" + found + ")");
    }
  }
}
