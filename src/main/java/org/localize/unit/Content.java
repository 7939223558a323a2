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
        Code c = (Code) p;
        sb.append('\uE000').append(c.kind().ordinal()).append(':').append(c.id()).append('\uE001');
      }
    }
    return sb.toString();
  }
}
