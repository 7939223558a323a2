package org.localize.report;

import org.localize.diag.Finding;
import org.localize.story.JsonNode;
import org.localize.story.JsonPointer;
import org.localize.story.StoryDocument;
import org.localize.story.StringLocator;
import org.localize.story.TextPosition;

/** Locates findings in a story file: the finding's pointer, then its span inside the string. */
public final class StoryLocator implements Locator {
  private final StoryDocument doc;

  public StoryLocator(StoryDocument doc) {
    this.doc = doc;
  }

  @Override
  public Location locate(Finding f) {
    JsonNode node = JsonPointer.resolve(doc.root(), f.unit());
    if (node == null) {
      return Location.fileOnly(doc.name());
    }
    int from = node.start();
    int width = 1;
    if (node instanceof JsonNode.StringNode s) {
      if (f.hasSpan()) {
        from = StringLocator.byteOffset(doc, s, f.start());
        int to = StringLocator.byteOffset(doc, s, f.end());
        String covered = StringLocator.text(doc, from, to);
        width = Math.max(1, covered.codePointCount(0, covered.length()));
      } else {
        from = s.start() + 1;
        width = Math.max(1, s.value().codePointCount(0, s.value().length()));
      }
    }
    TextPosition pos = doc.position(from);
    String line = TextPosition.lineText(doc.bytes(), from);
    int room = line.codePointCount(0, line.length()) - pos.column() + 1;
    return new Location(doc.name(), pos.line(), pos.column(), line, Math.max(1, Math.min(width, room)));
  }
}
