package org.localize.report;

import org.localize.diag.Finding;
import org.localize.story.JsonNode;
import org.localize.story.JsonPointer;
import org.localize.story.StoryDocument;
import org.localize.story.StringLocator;
import org.localize.story.TextPosition;

/**
 * Locates findings in a story file: the finding's pointer, then its span inside the string. Placing
 * a finding costs its span and a window of its line, not the string or the line: findings of one
 * string come in order of offset and each walk through the string goes on from the last.
 */
public final class StoryLocator implements Locator {
  /** How many characters of the line either side of a finding a location keeps (enough for {@link TextReport}). */
  static final int RADIUS = 100;

  private final StoryDocument doc;
  private final StringLocator strings;
  /**
   * The last pointer resolved and its node: a unit's findings come together, and a paragraph of
   * 50,000 quotes resolved its pointer 50,000 times. One object, so that a thread sees a pair whole.
   */
  private Resolved last;

  private record Resolved(String unit, JsonNode node) {}

  public StoryLocator(StoryDocument doc) {
    this.doc = doc;
    this.strings = new StringLocator(doc);
  }

  @Override
  public Location locate(Finding f) {
    Resolved r = last;
    if (r == null || !r.unit().equals(f.unit())) {
      last = r = new Resolved(f.unit(), JsonPointer.resolve(doc.root(), f.unit()));
    }
    JsonNode node = r.node();
    if (node == null) {
      return Location.fileOnly(doc.name());
    }
    int from = node.start();
    int width = 1;
    if (node instanceof JsonNode.StringNode s) {
      if (f.hasSpan()) {
        from = strings.byteOffset(s, f.start());
        int to = strings.peekByteOffset(s, f.end()); // the next finding starts at f.start() or later
        String covered = strings.text(from, to);
        width = Math.max(1, covered.codePointCount(0, covered.length()));
      } else {
        from = s.start() + 1;
        width = Math.max(1, s.value().codePointCount(0, s.value().length()));
      }
    }
    TextPosition pos = doc.position(from);
    TextPosition.Excerpt line = TextPosition.excerpt(doc.bytes(), from, RADIUS);
    int room = line.lineLength() - pos.column() + 1;
    return new Location(doc.name(), pos.line(), pos.column(), line.text(), line.firstColumn(), line.lineLength(),
        Math.max(1, Math.min(width, room)));
  }
}
