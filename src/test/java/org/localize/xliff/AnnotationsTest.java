package org.localize.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A note's text is escaped by the XML policy of unit/XmlChars: what XML 1.0 cannot carry is left out. */
class AnnotationsTest {

  @Test
  void noteTextLeavesOutWhatXmlCannotCarryAndKeepsPairs() {
    assertEquals("a&lt;b&gt; &amp; c", Annotations.escape("a<b> & c"));
    assertEquals("ab", Annotations.escape("a\uD800b"), "a lone high surrogate");
    assertEquals("ab", Annotations.escape("a\uDC00b"), "a lone low surrogate");
    assertEquals("a\uD83D\uDE00b", Annotations.escape("a\uD83D\uDE00b"), "a pair stays");
    assertEquals("a\tb\nc", Annotations.escape("a\u0000\tb\u0001\n\uFFFEc"), "controls out, tab and newline kept");
  }
}
