package org.localize.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The content of a unit: text interleaved with protected inline codes (HTML tags, MessageFormat
 * arguments, characters XML cannot carry). Each code keeps the exact original characters it stands
 * for, so that merge can put them back byte for byte.
 */
public record Content(List<Part> parts) {

  public Content {
    parts = List.copyOf(parts);
  }

  /** A piece of content. */
  public sealed interface Part {}

  /** Translatable text. */
  public record Text(String text) implements Part {
    public Text {
      Objects.requireNonNull(text);
    }
  }

  /** The role of a code in its pair. */
  public enum CodeKind {
    OPEN,
    CLOSE,
    PLACEHOLDER
  }

  /**
   * A protected code. An OPEN and its CLOSE share an id; ids are 1..n in order of appearance.
   * {@code type} says what it is (link, bold, italic, lb, x-span, x-icu-argument, ...),
   * {@code data} the exact original characters, {@code display} what a translator is shown (a tag
   * without its attributes, so that {@code href}s are never exposed).
   */
  public record Code(CodeKind kind, int id, String type, String data, String display) implements Part {
    public Code {
      Objects.requireNonNull(kind);
      Objects.requireNonNull(type);
      Objects.requireNonNull(data);
      Objects.requireNonNull(display);
    }
  }

  /** Content made of one text. */
  public static Content text(String text) {
    return new Content(text.isEmpty() ? List.of() : List.of(new Text(text)));
  }

  /** The original characters: text and code data in order. */
  public String toOriginal() {
    StringBuilder sb = new StringBuilder();
    for (Part p : parts) {
      sb.append(p instanceof Text t ? t.text() : ((Code) p).data());
    }
    return sb.toString();
  }

  /** The text alone, codes left out. */
  public String plainText() {
    StringBuilder sb = new StringBuilder();
    for (Part p : parts) {
      if (p instanceof Text t) {
        sb.append(t.text());
      }
    }
    return sb.toString();
  }

  /** The codes, in order. */
  public List<Code> codes() {
    List<Code> codes = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof Code c) {
        codes.add(c);
      }
    }
    return codes;
  }

  /** Whether there is any text (codes alone do not count). */
  public boolean hasText() {
    return parts.stream().anyMatch(p -> p instanceof Text t && !t.text().isBlank());
  }

  /**
   * A form for comparing two contents by what a translator sees: text, and codes by kind and id
   * (their data may be absent from a translated file).
   */
  public String signature() {
    StringBuilder sb = new StringBuilder();
    for (Part p : parts) {
      if (p instanceof Text t) {
        sb.append(t.text());
      } else {
        sb.append(codePiece((Code) p));
      }
    }
    return sb.toString();
  }

  /** The characters a code adds to a {@link #signature()}: its kind and id, between U+E000 and U+E001. */
  private static String codePiece(Code c) {
    return "\uE000" + c.kind().ordinal() + ":" + c.id() + "\uE001";
  }

  /**
   * Whether {@code other} has the same {@link #signature()}, compared without building either: merge
   * compares three signatures per unit, and a live blog's 20,000 units made 125 MB of them.
   */
  public boolean sameSignature(Content other) {
    if (other == this) {
      return true;
    }
    Cursor a = new Cursor(parts);
    Cursor b = new Cursor(other.parts);
    while (true) {
      boolean moreA = a.next();
      boolean moreB = b.next();
      if (!moreA || !moreB) {
        return moreA == moreB;
      }
      if (a.offset == 0 && b.offset == 0 && a.code != null && b.code != null) {
        // whole codes side by side: their pieces are equal exactly when kind and id are (each ends
        // with U+E001, which neither piece has elsewhere, so neither can be the start of the other)
        if (a.code.kind() != b.code.kind() || a.code.id() != b.code.id()) {
          return false;
        }
        a.consumed = true;
        b.consumed = true;
        continue;
      }
      String pa = a.piece();
      String pb = b.piece();
      int n = Math.min(pa.length() - a.offset, pb.length() - b.offset);
      if (!pa.regionMatches(a.offset, pb, b.offset, n)) {
        return false;
      }
      a.offset += n;
      b.offset += n;
    }
  }

  /** A place in the characters of a signature: a part, and an offset in its piece. */
  private static final class Cursor {
    private final List<Part> parts;
    private int index = -1;
    private String text; // the current piece: a text, or null for a code until asked
    private Code code;
    private String codePiece;
    int offset;
    /** The current part compared whole (a code beside a code). */
    boolean consumed;

    Cursor(List<Part> parts) {
      this.parts = parts;
    }

    /** Moves to the next part with characters left unless the current one has some; false at the end. */
    boolean next() {
      while (index < 0 || exhausted()) {
        if (++index == parts.size()) {
          return false;
        }
        Part p = parts.get(index);
        offset = 0;
        consumed = false;
        codePiece = null;
        if (p instanceof Text t) {
          text = t.text();
          code = null;
        } else {
          text = null;
          code = (Code) p;
        }
      }
      return true;
    }

    /** Whether the current part has no characters left (a code has some until compared: its piece is built only then). */
    private boolean exhausted() {
      if (code == null) {
        return offset == text.length();
      }
      return consumed || offset > 0 && offset == piece().length();
    }

    /** The characters the part adds to the signature. */
    String piece() {
      if (code == null) {
        return text;
      }
      if (codePiece == null) {
        codePiece = Content.codePiece(code);
      }
      return codePiece;
    }
  }
}
