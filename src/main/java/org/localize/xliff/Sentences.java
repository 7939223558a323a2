package org.localize.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextPart;
import net.sf.okapi.common.resource.TextUnitUtil;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.localize.unit.Content;

/**
 * Sentence segmentation with the SRX rules Okapi ships ({@code defaultSegmentation.srx}: English,
 * Russian and a dozen other languages, ICU break rules underneath). Only the source language
 * decides where a text is split; what lies between two sentences (their spaces) is kept as a
 * non-translatable part, so that joining the parts gives back the text exactly.
 *
 * <p>Speed: Okapi's segmenter scans the whole text once per rule (about 200 for English, most of
 * them abbreviations), so a text is segmented by the same rules less those that cannot match it
 * ({@link RuleCondition}: characters that every match holds occur nowhere in the text). A rule that
 * matches nowhere sets no break and no exception, so the breaks are the same; what is saved is its
 * scan. A paragraph holds few of the abbreviations, and compiling the rules it may need (about a
 * millisecond, and remembered for texts like it) costs less than scanning it with them all: a
 * story of 25 paragraphs took 110 ms with all the rules.
 */
final class Sentences {
  /** Segmenters compiled without some rules, by locale and rules left out: a text's, and its like's. */
  private static final int REDUCED_KEPT = 32;

  private static final Map<String, List<Candidate>> CANDIDATES = new ConcurrentHashMap<>();
  /**
   * Each thread's segmenters: all the rules by locale, and the last {@link #REDUCED_KEPT} reduced
   * ones by locale and rules left out. A segmenter keeps the breaks it found in its fields, so a
   * shared one had to be locked, and a batch segmented one story at a time; compiling one is
   * about a millisecond.
   */
  private static final ThreadLocal<Map<String, ISegmenter>> FULL = ThreadLocal.withInitial(HashMap::new);
  private static final ThreadLocal<Map<String, ISegmenter>> REDUCED = ThreadLocal.withInitial(
      () -> new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ISegmenter> eldest) {
          return size() > REDUCED_KEPT;
        }
      });
  private static volatile SRXDocument rules;

  private final String locale;

  private Sentences(String locale) {
    this.locale = locale;
  }

  /** The sentence rules for a source locale (BCP 47). */
  static Sentences of(String locale) {
    Sentences s = new Sentences(locale);
    s.full(); // a locale Okapi cannot compile fails here, where the caller asks for it
    return s;
  }

  /** This thread's segmenter with all the rules of the locale. */
  private ISegmenter full() {
    return FULL.get().computeIfAbsent(locale, l -> compile(l, new BitSet(), null));
  }

  /** A rule the segmenter of a locale uses, with what a text needs for it to match. */
  private record Candidate(Rule rule, RuleCondition condition) {}

  /**
   * The rules of {@code locale}, compiled without the candidates numbered in {@code leftOut}.
   * The rules are shared, so their active flags are turned off and back under the document's lock.
   */
  private static ISegmenter compile(String locale, BitSet leftOut, List<Candidate> candidates) {
    SRXDocument doc = rules();
    synchronized (doc) {
      for (int i = leftOut.nextSetBit(0); i >= 0; i = leftOut.nextSetBit(i + 1)) {
        candidates.get(i).rule().setActive(false);
      }
      try {
        return doc.compileLanguageRules(LocaleId.fromBCP47(locale), null);
      } finally {
        for (int i = leftOut.nextSetBit(0); i >= 0; i = leftOut.nextSetBit(i + 1)) {
          candidates.get(i).rule().setActive(true);
        }
      }
    }
  }

  /**
   * The active rules that Okapi compiles for {@code locale} and whose expression (as Okapi
   * compiles it) needs something of a text, in the order of the document (the groups that
   * {@code compileLanguageRules} picks: the first language map that matches, or all that match
   * when the rules cascade). Leaving out a rule of a group it does not pick would change nothing.
   */
  private static List<Candidate> candidates(String locale) {
    SRXDocument doc = rules();
    String code = LocaleId.fromBCP47(locale).toString();
    List<Candidate> found = new ArrayList<>();
    synchronized (doc) {
      for (LanguageMap map : doc.getAllLanguagesMaps()) {
        if (!Pattern.matches(map.getPattern(), code)) {
          continue;
        }
        List<Rule> group = doc.getLanguageRules(map.getRuleName());
        if (group != null) {
          for (Rule rule : group) {
            if (!rule.isActive()) {
              continue;
            }
            // the expression exactly as SRXDocument.compileRules makes it
            String regex = doc.generateRuleRegex(rule).replace(SRXDocument.ANYCODE, SRXDocument.INLINECODE_PATTERN);
            RuleCondition condition = RuleCondition.of(regex);
            if (condition != null) {
              found.add(new Candidate(rule, condition));
            }
          }
        }
        if (!doc.cascade()) {
          break;
        }
      }
    }
    return List.copyOf(found);
  }

  /** Whether {@code content} is segmented without some of the rules (for the tests). */
  boolean leavesOutRules(Content content) {
    return segmenterFor(new TextContainer(OkapiContent.toFragment(content))) != full();
  }

  /**
   * This thread's segmenter for {@code tc}: the rules of the locale that can match it (all of
   * them when each may).
   */
  private ISegmenter segmenterFor(TextContainer tc) {
    ISegmenter segmenter = full();
    String coded = tc.getCodedText(true);
    // the text the rules run on, as Okapi's computeSegments makes it
    String text = segmenter.treatIsolatedCodesAsWhitespace() ? TextUnitUtil.removeAndReplaceCodes(coded, " ")
        : TextUnitUtil.removeCodes(coded);
    List<Candidate> candidates = CANDIDATES.computeIfAbsent(locale, Sentences::candidates);
    RuleCondition.TextIndex index = new RuleCondition.TextIndex(text);
    BitSet leftOut = new BitSet(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      if (!candidates.get(i).condition().mayMatch(index)) {
        leftOut.set(i);
      }
    }
    if (leftOut.isEmpty()) {
      return segmenter;
    }
    return REDUCED.get().computeIfAbsent(locale + leftOut, k -> compile(locale, leftOut, candidates));
  }

  private static SRXDocument rules() {
    SRXDocument doc = rules;
    if (doc == null) {
      synchronized (Sentences.class) {
        doc = rules;
        if (doc == null) {
          doc = new SRXDocument();
          try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            if (in == null) {
              throw new IllegalStateException("okapi-lib-segmentation lacks defaultSegmentation.srx");
            }
            doc.loadRules(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          rules = doc;
        }
      }
    }
    return doc;
  }

  /**
   * A piece of a split text: a sentence (translatable) or what lies between sentences; {@code id}
   * is the id Okapi gave the part (a sentence's {@code mid} in XLIFF 1.2).
   */
  record Piece(String id, Content content, boolean sentence) {}

  /**
   * {@code content} as an Okapi container split into sentences, or null when it holds at most one
   * sentence. A pair of codes that spans a sentence boundary becomes two isolated codes.
   */
  TextContainer split(Content content) {
    TextContainer tc = new TextContainer(OkapiContent.toFragment(content));
    ISegmenter s = segmenterFor(tc); // this thread's own: it keeps the breaks it found
    s.computeSegments(tc);
    List<Range> ranges = s.getRanges();
    if (ranges == null || ranges.size() < 2) {
      return null;
    }
    TextContainer parts = partsOf(tc.getFirstContent(), ranges);
    if (parts == null) {
      tc.getSegments().create(ranges);
      parts = tc;
    }
    return parts.getSegments().count() < 2 ? null : parts;
  }

  /**
   * The container that Okapi's {@code Segments.create(ranges)} makes of a container of one part
   * ({@code holder}), for ranges as a segmenter gives them (no ids, no parts, in order); null for
   * other ranges. The same parts, made by the same {@code TextFragment.subSequence} (which splits
   * a pair of codes across a boundary) and numbered by the same counter, but without checking each
   * new part's id against every part before it: that check is quadratic in the sentences of a
   * paragraph (2 of the 2.8 s of a 1 MB one), and never changes a counter's id, all distinct.
   */
  static TextContainer partsOf(TextFragment holder, List<Range> ranges) {
    int start = 0;
    for (Range range : ranges) {
      if (range.id != null || range.part != null || range.end < range.start || range.start < start) {
        return null; // ids to keep, or ranges Okapi rejects: Okapi's own way
      }
      start = range.end;
    }
    List<TextPart> parts = new ArrayList<>(2 * ranges.size() + 1);
    start = 0;
    int id = 0;
    for (Range range : ranges) {
      if (range.end == range.start) {
        continue; // an empty segment is left out (and so is the space before it)
      }
      if (start < range.start) {
        parts.add(new TextPart(String.valueOf(id++), holder.subSequence(start, range.start)));
      }
      parts.add(new Segment(String.valueOf(id++), holder.subSequence(range.start, range.end)));
      start = range.end;
    }
    int length = holder.getCodedText().length();
    if (start < length) {
      if (start == 0 && parts.isEmpty()) {
        parts.add(new Segment(String.valueOf(++id), holder));
      } else {
        parts.add(new TextPart(String.valueOf(++id), holder.subSequence(start, -1)));
      }
    }
    return new TextContainer(parts.toArray(new TextPart[0]));
  }

  /** {@code content} split into sentences and what lies between them; null for one sentence. */
  List<Piece> pieces(Content content) {
    TextContainer tc = split(content);
    return tc == null ? null : pieces(tc, content);
  }

  /** The parts of a split container as pieces whose codes are those of {@code original}. */
  static List<Piece> pieces(TextContainer tc, Content original) {
    Map<String, Content.Code> codes = new HashMap<>();
    for (Content.Code c : original.codes()) {
      codes.put(c.kind() + ":" + c.id(), c);
    }
    List<Piece> pieces = new ArrayList<>();
    for (TextPart part : tc) {
      pieces.add(new Piece(part.getId(), content(part.getContent(), codes), part.isSegment()));
    }
    return pieces;
  }

  private static Content content(TextFragment tf, Map<String, Content.Code> codes) {
    List<Content.Part> parts = new ArrayList<>();
    String coded = tf.getCodedText();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < coded.length(); i++) {
      char ch = coded.charAt(i);
      if (!TextFragment.isMarker(ch)) {
        text.append(ch);
        continue;
      }
      Code code = tf.getCode(coded.charAt(++i));
      if (text.length() > 0) {
        parts.add(new Content.Text(text.toString()));
        text.setLength(0);
      }
      Content.CodeKind kind = switch (code.getTagType()) {
        case OPENING -> Content.CodeKind.OPEN;
        case CLOSING -> Content.CodeKind.CLOSE;
        default -> Content.CodeKind.PLACEHOLDER;
      };
      Content.Code original = codes.get(kind + ":" + code.getId());
      if (original == null) {
        throw new IllegalStateException("segmentation produced an unknown code " + kind + ":" + code.getId());
      }
      parts.add(original);
    }
    if (text.length() > 0) {
      parts.add(new Content.Text(text.toString()));
    }
    return new Content(parts);
  }
}
