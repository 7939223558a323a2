package org.localize.xliff;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import org.localize.unit.Content;
import org.localize.unit.Content.CodeKind;

/** Converts between the project's {@link Content} and Okapi's {@link TextFragment}. */
final class OkapiContent {
  private OkapiContent() {}

  static TextFragment toFragment(Content content) {
    TextFragment tf = new TextFragment();
    for (Content.Part part : content.parts()) {
      if (part instanceof Content.Text t) {
        tf.append(t.text());
      } else {
        Content.Code c = (Content.Code) part;
        Code code = new Code(tagType(c.kind()), c.type(), c.data());
        code.setId(c.id());
        code.setDisplayText(c.display());
        tf.append(code);
      }
    }
    return tf;
  }

  /**
   * Reads a fragment from a translated file. Code data is usually absent there (g/x markup), so
   * codes carry only kind and id; merge takes their data from the story.
   */
  static Content fromFragment(TextFragment tf) {
    List<Content.Part> parts = new ArrayList<>();
    String coded = tf.getCodedText();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < coded.length(); i++) {
      char ch = coded.charAt(i);
      if (TextFragment.isMarker(ch)) {
        Code code = tf.getCode(coded.charAt(++i));
        if (text.length() > 0) {
          parts.add(new Content.Text(text.toString()));
          text.setLength(0);
        }
        parts.add(code(ch, code));
      } else {
        text.append(ch);
      }
    }
    if (text.length() > 0) {
      parts.add(new Content.Text(text.toString()));
    }
    return new Content(parts);
  }

  /**
   * As {@link #fromFragment} of the fragment with its text put back: {@code codes} holds the codes
   * alone (its coded text is their markers), {@code before} the text before each of them, {@code
   * after} the text after the last.
   */
  static Content fromCodes(TextFragment codes, List<String> before, String after) {
    String coded = codes.getCodedText();
    if (coded.length() != 2 * before.size()) {
      throw new IllegalStateException("a fragment of " + before.size() + " codes has the coded text " + coded);
    }
    List<Content.Part> parts = new ArrayList<>(2 * before.size() + 1);
    for (int k = 0; k < before.size(); k++) {
      if (!before.get(k).isEmpty()) {
        parts.add(new Content.Text(before.get(k)));
      }
      parts.add(code(coded.charAt(2 * k), codes.getCode(coded.charAt(2 * k + 1))));
    }
    if (!after.isEmpty()) {
      parts.add(new Content.Text(after));
    }
    return new Content(parts);
  }

  private static Content.Code code(char marker, Code code) {
    CodeKind kind = switch (marker) {
      case TextFragment.MARKER_OPENING -> CodeKind.OPEN;
      case TextFragment.MARKER_CLOSING -> CodeKind.CLOSE;
      default -> isolatedKind(code);
    };
    String data = code.getData() == null ? "" : code.getData();
    String type = code.getType() == null ? "" : code.getType();
    return new Content.Code(kind, code.getId(), type, data, data);
  }

  /** {@code <bx/>} and {@code <ex/>} are isolated halves of a pair; keep which half they are. */
  private static CodeKind isolatedKind(Code code) {
    return switch (code.getTagType()) {
      case OPENING -> CodeKind.OPEN;
      case CLOSING -> CodeKind.CLOSE;
      default -> CodeKind.PLACEHOLDER;
    };
  }

  private static TagType tagType(CodeKind kind) {
    return switch (kind) {
      case OPEN -> TagType.OPENING;
      case CLOSE -> TagType.CLOSING;
      case PLACEHOLDER -> TagType.PLACEHOLDER;
    };
  }
}
