package org.localize.check;

import java.util.List;

/**
 * The capitalised words of one side of a {@link Unit}, with what the names checks ask of each
 * (inside a glossary name? at the start of a sentence? a word of the glossary? in one script?),
 * each answered once for the unit rather than once by each check that asks.
 *
 * <p>Six names checks walked every word of a translation to find the few capitalised ones and asked
 * the same questions of them; a third of a story's words are capitalised, and the answers are the
 * same for every check. A unit's checks run on one thread, so this is not thread-safe; the story
 * checks (ConsistencyCheck) read a unit's answers later on the validator's main thread, which the
 * hand-over of each checked unit in Validator#onAllCores (an AtomicReferenceArray) makes safe:
 * keep that hand-over ordered if it changes.
 */
final class NameTokens {

  private static final byte COVERED = 1;
  private static final byte SENTENCE_START = 2;
  private static final byte KNOWN = 4;
  private static final byte SINGLE_SCRIPT = 8;

  private final Text text;
  private final TermIndex index;
  private final int[] at;
  private final Token[] words;
  private final int size;
  /** Per capitalised word: the answers known (bits of {@link #asked}) and their values. */
  private final byte[] asked;
  private final byte[] answers;

  /**
   * The capitalised words of {@code text}; {@code names}, the glossary spellings found in it, and
   * {@code index}, the glossary of its language, answer {@link #covered} and {@link #known}.
   */
  NameTokens(Text text, List<TermIndex.Match> names, TermIndex index) {
    this.text = text;
    Token[] tokens = text.tokenArray();
    this.index = index;
    int count = tokens.length;
    // every position written, the count moved on only past a capitalised word: no branch on the
    // word's case, which a text's words take at random (a third capitalised), and no growing
    int[] found = new int[count];
    int n = 0;
    for (int i = 0; i < count; i++) {
      found[n] = i;
      n += capital(tokens[i]);
    }
    Token[] capitals = new Token[n];
    for (int k = 0; k < n; k++) {
      capitals[k] = tokens[found[k]];
    }
    this.at = found;
    this.words = capitals;
    this.size = n;
    this.asked = new byte[n];
    this.answers = new byte[n];
    if (n > 0) {
      coverAll(names);
    }
  }

  /** 1 if {@code t} is {@link Token#capitalised()}, else 0: basic Latin and Russian letters by a range test. */
  private static int capital(Token t) {
    char c = t.charAt(0);
    if (c < 0x80) {
      return (char) (c - 'A') < 26 ? 1 : 0;
    }
    if (c >= '\u0410' && c <= '\u044F') {
      return c <= '\u042F' ? 1 : 0;
    }
    return t.capitalised() ? 1 : 0;
  }

  /**
   * Answers {@link #covered} for every word in one walk of the words and the spellings together,
   * both in text order: a word is covered when a spelling starting at or before it ends after it
   * (what {@link TermIndex#covers} finds by reading all spellings for each word).
   */
  private void coverAll(List<TermIndex.Match> names) {
    int m = 0;
    int reach = -1; // the furthest end of the spellings starting at or before the word
    for (int k = 0; k < size; k++) {
      int pos = words[k].start();
      while (m < names.size() && names.get(m).start() <= pos) {
        reach = Math.max(reach, names.get(m).end());
        m++;
      }
      asked[k] = COVERED;
      if (reach > pos) {
        answers[k] = COVERED;
      }
    }
  }

  /** How many words are capitalised. */
  int size() {
    return size;
  }

  /** The position of the {@code k}th capitalised word among the text's tokens. */
  int index(int k) {
    return at[k];
  }

  /** The {@code k}th capitalised word. */
  Token token(int k) {
    return words[k];
  }

  /** Whether a glossary spelling of any kind covers the word's start ({@link TermIndex#covers}). */
  boolean covered(int k) {
    return answer(k, COVERED);
  }

  /** Whether the word begins a sentence ({@link Text#sentenceStart}). */
  boolean sentenceStart(int k) {
    return answer(k, SENTENCE_START);
  }

  /** Whether the word is in some spelling of the glossary ({@link TermIndex#knows(Token)}). */
  boolean known(int k) {
    return answer(k, KNOWN);
  }

  /** {@link Token#singleScript()}. */
  boolean singleScript(int k) {
    return answer(k, SINGLE_SCRIPT);
  }

  private boolean answer(int k, byte question) {
    if ((asked[k] & question) == 0) {
      Token t = words[k];
      boolean yes = switch (question) {
        case SENTENCE_START -> text.sentenceStart(t.start());
        case KNOWN -> index.knows(t);
        case SINGLE_SCRIPT -> t.singleScript();
        default -> throw new IllegalArgumentException("answered when made: " + question);
      };
      asked[k] |= question;
      if (yes) {
        answers[k] |= question;
      }
    }
    return (answers[k] & question) != 0;
  }
}
