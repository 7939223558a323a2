package org.localize.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextPart;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.localize.unit.Content;

/**
 * Sentence segmentation with the SRX rules Okapi ships ({@code defaultSegmentation.srx}: English,
 * Russian and a dozen other languages, ICU break rules underneath). Only the source language
 * decides where a text is split; what lies between two sentences (their spaces) is kept as a
 * non-translatable part, so that joining the parts gives back the text exactly.
 */
final class Sentences {
  private static final Map<String, ISegmenter> SEGMENTERS = new ConcurrentHashMap<>();
  private static volatile SRXDocument rules;

  private final ISegmenter segmenter;

  private Sentences(ISegmenter segmenter) {
    this.segmenter = segmenter;
  }

  /** The sentence rules for a source locale (BCP 47). */
  static Sentences of(String locale) {
    return new Sentences(SEGMENTERS.computeIfAbsent(locale, l -> rules().compileLanguageRules(LocaleId.fromBCP47(l), null)));
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
    segmenter.computeSegments(tc);
    List<Range> ranges = segmenter.getRanges();
    if (ranges == null || ranges.size() < 2) {
      return null;
    }
    tc.getSegments().create(ranges);
    return tc.getSegments().count() < 2 ? null : tc;
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
