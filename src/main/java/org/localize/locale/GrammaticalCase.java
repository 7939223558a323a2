package org.localize.locale;

/** The six Russian grammatical cases, in the order grammars list them. */
public enum GrammaticalCase {
  NOMINATIVE,
  GENITIVE,
  DATIVE,
  ACCUSATIVE,
  INSTRUMENTAL,
  PREPOSITIONAL
}
