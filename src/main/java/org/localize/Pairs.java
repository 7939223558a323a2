package org.localize;

import java.util.ArrayList;
import java.util.List;
import org.localize.merge.MergeResult;
import org.localize.story.Extraction;
import org.localize.story.JsonNode;
import org.localize.story.JsonPointer;
import org.localize.story.StoryDocument;
import org.localize.unit.Content;
import org.localize.unit.InlineCodec;
import org.localize.unit.TextFormat;
import org.localize.unit.TextPair;
import org.localize.unit.Unit;
import org.localize.xliff.XliffDocument;
import org.localize.xliff.XliffUnit;

/** Builds the source/translation pairs the checks look at, from two stories or from one XLIFF. */
public final class Pairs {
  private Pairs() {}

  /**
   * One pair per place of every unit of {@code source}, with the string at the same JSON pointer in
   * {@code target} (null when the target has no string there).
   */
  public static List<TextPair> of(Extraction source, StoryDocument target) {
    return of(source, pointer -> JsonPointer.resolve(target.root(), pointer) instanceof JsonNode.StringNode s ? s.value() : null);
  }

  /**
   * The pairs of a story just merged, from the texts the merge put in ({@link MergeResult#textAt}):
   * the same as reading the merged story again, without parsing it.
   */
  public static List<TextPair> of(Extraction source, MergeResult merged) {
    return of(source, merged::textAt);
  }

  private static List<TextPair> of(Extraction source, java.util.function.Function<String, String> targetAt) {
    List<TextPair> pairs = new ArrayList<>();
    for (Unit u : source.units()) {
      for (String pointer : u.pointers()) {
        String original = source.strings().get(pointer).value();
        String at = targetAt.apply(pointer);
        String translated = at != null && !at.isBlank() ? at : null;
        // the checks read an XML body as they read HTML: its tags and references are markup
        TextFormat format = u.format() == TextFormat.XML ? TextFormat.HTML : u.format();
        pairs.add(new TextPair(pointer, u.kind(), format, original, translated, u.maxLength()));
      }
    }
    return pairs;
  }

  /**
   * One pair per unit of a translation file. The file holds no markup (codes carry only ids), so
   * codes are shown as their bare tags and the pair is read as HTML when it has any.
   */
  public static List<TextPair> of(XliffDocument xliff) {
    List<TextPair> pairs = new ArrayList<>();
    for (int i = 0; i < xliff.units().size(); i++) {
      XliffUnit u = xliff.units().get(i);
      boolean codes = !u.source().codes().isEmpty();
      TextFormat format = codes ? TextFormat.HTML : TextFormat.TEXT;
      String pointer = u.resname() == null || u.resname().isEmpty() ? u.id() : u.resname();
      Content target = u.target();
      boolean translated = target != null && !target.parts().isEmpty();
      pairs.add(new TextPair(pointer, u.kind() == null ? "unit" : u.kind(), format, show(u.source(), format),
          translated ? show(target, format) : null, u.maxLength()));
    }
    return pairs;
  }

  private static String show(Content content, TextFormat format) {
    StringBuilder sb = new StringBuilder();
    for (Content.Part p : content.parts()) {
      if (p instanceof Content.Text t) {
        sb.append(format == TextFormat.HTML ? InlineCodec.render(Content.text(t.text()), format) : t.text());
      } else {
        Content.Code c = (Content.Code) p;
        sb.append(switch (c.kind()) {
          case OPEN -> "<span>";
          case CLOSE -> "</span>";
          case PLACEHOLDER -> "<br/>";
        });
      }
    }
    return sb.toString();
  }
}
