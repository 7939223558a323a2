package org.localize.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localize.Localizer;
import org.localize.merge.MergeOptions;
import org.localize.merge.MergeResult;
import org.localize.merge.Merger;
import org.localize.merge.Replacement;
import org.localize.story.Derivation;
import org.localize.story.Extraction;
import org.localize.story.Extractor;
import org.localize.story.JsonNode;
import org.localize.story.JsonPointer;
import org.localize.story.StoryDocument;
import org.localize.story.StoryReader;
import org.localize.unit.Content;
import org.localize.unit.TextFormat;
import org.localize.unit.Unit;
import org.localize.xliff.TranslationFile;
import org.localize.xliff.XliffOptions;

/**
 * Extract → pseudo-translate → merge → re-extract, with the checks every format must pass: bytes
 * outside the translated strings unchanged, the pseudo text back on re-extraction, derived
 * representations regenerated.
 */
final class RoundTrip {
  private RoundTrip() {}

  static byte[] resource(String name) {
    try (InputStream in = RoundTrip.class.getResourceAsStream("/formats/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /formats/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Extraction extract(String fixture) {
    return Localizer.extract(StoryReader.parse(fixture, resource(fixture)), null);
  }

  /** A recognisable translation that keeps codes, whitespace and MessageFormat syntax. */
  static Content pseudo(Unit unit) {
    if (unit.format() == TextFormat.MESSAGEFORMAT) {
      return unit.source(); // plural keywords live in its text; merged with state "translated"
    }
    List<Content.Part> source = unit.source().parts();
    // an XML document has no room for text outside its root: the marks go inside its markup
    int first = 0;
    int last = source.size();
    if (unit.format() == TextFormat.XML) {
      while (first < source.size() && !(source.get(first) instanceof Content.Text t && !t.text().isBlank())) {
        first++;
      }
      while (last > first && !(source.get(last - 1) instanceof Content.Text t && !t.text().isBlank())) {
        last--;
      }
    }
    List<Content.Part> parts = new ArrayList<>(source.subList(0, first));
    parts.add(new Content.Text("‹"));
    for (Content.Part p : source.subList(first, last)) {
      parts.add(p instanceof Content.Text t ? new Content.Text(accent(t.text())) : p);
    }
    parts.add(new Content.Text("›"));
    parts.addAll(source.subList(last, source.size()));
    return new Content(parts);
  }

  private static String accent(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      int i = "aeiouAEIOU".indexOf(c);
      sb.append(i < 0 ? c : "áéíóúÁÉÍÓÚ".charAt(i));
    }
    return sb.toString();
  }

  /** The translation file of {@code ex} with every unit pseudo-translated. */
  static TranslationFile pseudoFile(Extraction ex, String target) {
    TranslationFile empty = Localizer.translationFile(ex, Localizer.sourceLocale(ex, null), target);
    List<TranslationFile.Entry> entries = new ArrayList<>();
    for (TranslationFile.Entry e : empty.entries()) {
      entries.add(new TranslationFile.Entry(e.unit(), pseudo(e.unit()), "translated"));
    }
    return new TranslationFile(empty.original(), empty.storyId(), empty.sourceLocale(), empty.targetLocale(), entries);
  }

  /** Writes, reads back and merges; returns the merged story's bytes. */
  static byte[] merge(Extraction ex, TranslationFile file, XliffOptions options) {
    byte[] xliff = Localizer.toXliff(file, options);
    MergeResult result = Merger.merge(ex, Localizer.parseXliff("pseudo.xlf", xliff), null, MergeOptions.DEFAULTS);
    return result.bytes();
  }

  /** Every check of a round trip; returns the merged story. */
  static StoryDocument check(Extraction ex, XliffOptions options) {
    return check(ex, options, "ru");
  }

  static StoryDocument check(Extraction ex, XliffOptions options, String target) {
    TranslationFile file = pseudoFile(ex, target);
    byte[] merged = merge(ex, file, options);
    StoryDocument out = StoryReader.parse("merged.json", merged,
        ex.document().duplicates().isEmpty() ? StoryReader.DuplicateKeys.REFUSE : StoryReader.DuplicateKeys.LAST);

    // 1. Outside the translated places (and the locale) nothing changed; the ranges cover the same
    //    text, translated (the pseudo translation keeps lengths, after its opening mark)
    assertOnlyTranslatedPlacesChanged(ex, out, (u, r) -> {
      String was = ex.strings().get(u.pointer()).value();
      String now = r.text();
      if (u.format() == TextFormat.TEXT) {
        assertEquals(accent(was.substring(r.oldStart(), r.oldStart() + r.oldLength())),
            now.substring(r.newStart(), r.newStart() + r.newLength()), "range " + r.binding().pointer() + " covers its text");
      }
    });

    // 2. Re-extraction gives the pseudo text back, unit for unit, with the same derived places.
    Extraction again = Extractor.extract(out, ex.profile());
    assertEquals(pointers(ex), pointers(again));
    for (int i = 0; i < ex.units().size(); i++) {
      Content expected = file.entries().get(i).target();
      assertEquals(expected.signature(), again.units().get(i).source().signature(), ex.units().get(i).pointer());
      if (ex.units().get(i).format() != TextFormat.MESSAGEFORMAT) {
        assertNotEquals(ex.units().get(i).source().signature(), again.units().get(i).source().signature());
      }
    }
    assertEquals(ex.derived(), again.derived());
    for (List<Derivation.Derived> ds : again.derived().values()) {
      for (Derivation.Derived d : ds) {
        assertNotEquals(ex.strings().get(d.pointer()).value(), again.strings().get(d.pointer()).value(),
            d.pointer() + " was regenerated from the translation");
      }
    }
    return out;
  }

  static List<String> pointers(Extraction ex) {
    List<String> out = new ArrayList<>();
    ex.units().forEach(u -> out.add(String.join(" + ", u.pointers())));
    return out;
  }

  /** A range after a merge: its binding, its numbers before and after, and its string now. */
  record MovedRange(Extraction.RangeBinding binding, int oldStart, int oldLength, int newStart, int newLength, String text) {}

  /**
   * Asserts that the merged story {@code out} differs from the story of {@code ex} only in its
   * translated places, the places derived from them, its language and the numbers of its ranges
   * (which must lie inside their translated string; {@code ranges} may check more): splicing the
   * original tokens back into those places gives the original bytes.
   */
  static void assertOnlyTranslatedPlacesChanged(Extraction ex, StoryDocument out,
      java.util.function.BiConsumer<Unit, MovedRange> ranges) {
    Map<String, JsonNode.StringNode> before = strings(ex.document().root());
    Map<String, JsonNode.StringNode> after = strings(out.root());
    assertEquals(before.keySet(), after.keySet(), "the merged story has the same strings");
    Set<String> places = new HashSet<>();
    for (Unit u : ex.units()) {
      places.addAll(u.pointers());
      for (String p : u.pointers()) {
        ex.derivedFrom(p).forEach(d -> places.add(d.pointer()));
      }
    }
    before.forEach((p, n) -> {
      if (n == ex.localeNode() || ex.otherLocaleNodes().contains(n)) {
        places.add(p);
      }
    });
    List<Replacement> back = new ArrayList<>();
    for (String p : places) {
      JsonNode.StringNode a = after.get(p);
      back.add(new Replacement(a.start(), a.end(), ex.document().rawToken(before.get(p))));
    }
    Map<Integer, String> numberAt = new HashMap<>();
    numbers(ex.document().root(), "", numberAt, null);
    Map<String, JsonNode.ScalarNode> numbersAfter = new HashMap<>();
    numbers(out.root(), "", null, numbersAfter);
    for (Unit u : ex.units()) {
      for (Extraction.RangeBinding r : ex.rangesAt(u.pointer())) {
        JsonNode.ScalarNode start = numbersAfter.get(numberAt.get(r.start().start()));
        JsonNode.ScalarNode length = numbersAfter.get(numberAt.get(r.length().start()));
        String now = after.get(u.pointer()).value();
        MovedRange m = new MovedRange(r, Integer.parseInt(r.start().literal()), Integer.parseInt(r.length().literal()),
            Integer.parseInt(start.literal()), Integer.parseInt(length.literal()), now);
        assertTrue(m.newStart() + m.newLength() <= now.length(), "range " + r.pointer() + " lies inside the translation");
        ranges.accept(u, m);
        back.add(new Replacement(start.start(), start.start() + start.literal().length(), r.start().literal()));
        back.add(new Replacement(length.start(), length.start() + length.literal().length(), r.length().literal()));
      }
    }
    assertArrayEquals(ex.document().bytes(), Replacement.apply(out.bytes(), back), "bytes outside translated strings changed");
  }

  /** The numbers of a document: their pointers by byte offset, or the nodes by pointer. */
  private static void numbers(JsonNode n, String pointer, Map<Integer, String> byOffset, Map<String, JsonNode.ScalarNode> byPointer) {
    if (n instanceof JsonNode.ScalarNode s) {
      if (byOffset != null) {
        byOffset.put(s.start(), pointer);
      }
      if (byPointer != null) {
        byPointer.put(pointer, s);
      }
    } else if (n instanceof JsonNode.ObjectNode o) {
      o.members().forEach(m -> numbers(m.value(), JsonPointer.child(pointer, m.name()), byOffset, byPointer));
    } else if (n instanceof JsonNode.ArrayNode a) {
      for (int i = 0; i < a.elements().size(); i++) {
        numbers(a.elements().get(i), JsonPointer.child(pointer, i), byOffset, byPointer);
      }
    }
  }

  /** Every string of a document by pointer. */
  static Map<String, JsonNode.StringNode> strings(JsonNode root) {
    Map<String, JsonNode.StringNode> out = new LinkedHashMap<>();
    walk(root, "", out);
    return out;
  }

  private static void walk(JsonNode n, String pointer, Map<String, JsonNode.StringNode> out) {
    if (n instanceof JsonNode.StringNode s) {
      out.put(pointer, s);
    } else if (n instanceof JsonNode.ObjectNode o) {
      o.members().forEach(m -> walk(m.value(), JsonPointer.child(pointer, m.name()), out));
    } else if (n instanceof JsonNode.ArrayNode a) {
      for (int i = 0; i < a.elements().size(); i++) {
        walk(a.elements().get(i), JsonPointer.child(pointer, i), out);
      }
    }
  }
}
