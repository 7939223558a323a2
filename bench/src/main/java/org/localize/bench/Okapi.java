package org.localize.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.json.JSONFilter;
import net.sf.okapi.filters.json.Parameters;
import net.sf.okapi.filters.xliff.XLIFFFilter;

/**
 * The peer: Okapi's own JSON pipeline, configured as okapi-brief §7 ("rules" config: full key
 * path, a whitelist of the story's translatable keys, the code finder for inline HTML).
 * Extract is JSONFilter → XLIFFWriter; merge reads the XLIFF with XLIFFFilter, runs JSONFilter over
 * the story again and writes it with the filter's own writer, the targets put in. One filter per
 * thread (filters are not thread-safe), reused across files as a pipeline would.
 */
final class Okapi {
  static final LocaleId EN = LocaleId.fromString("en");
  static final LocaleId RU = LocaleId.fromString("ru");

  private static final ThreadLocal<JSONFilter> JSON = ThreadLocal.withInitial(Okapi::jsonFilter);
  private static final ThreadLocal<XLIFFFilter> XLIFF = ThreadLocal.withInitial(XLIFFFilter::new);

  private Okapi() {}

  static JSONFilter jsonFilter() {
    JSONFilter f = new JSONFilter();
    Parameters p = (Parameters) f.getParameters();
    p.setUseFullKeyPath(true);
    p.setUseLeadingSlashOnKeyPath(true);
    p.setExtractAllPairs(false);
    p.setExtractionRules("/(headline|lead)|/blocks/(text|caption|credit|title|subtitle|cta|attribution)");
    p.setUseCodeFinder(true);
    return f;
  }

  /** Extracts {@code story} into {@code xliff}; returns the number of text units. */
  static int extract(Path story, Path xliff) {
    try (RawDocument doc = new RawDocument(story.toUri(), "UTF-8", EN, RU)) {
      return extract(doc, w -> w.setOutput(xliff.toString()));
    }
  }

  /** Extracts the story {@code json} in memory (no files); returns the XLIFF's bytes. */
  static byte[] extractInMemory(String json) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(16384);
    try (RawDocument doc = new RawDocument(json, EN, RU)) {
      extract(doc, w -> w.setOutput(bytes));
    }
    return bytes.toByteArray();
  }

  /** JSONFilter → XLIFFWriter over {@code doc}, the writer's output set by {@code output}; returns the text units. */
  private static int extract(RawDocument doc, java.util.function.Consumer<XLIFFWriter> output) {
    JSONFilter f = JSON.get();
    int n = 0;
    XLIFFWriter w = new XLIFFWriter();
    try {
      f.open(doc);
      w.setOptions(RU, "UTF-8");
      output.accept(w);
      while (f.hasNext()) {
        Event e = f.next();
        if (e.isTextUnit()) {
          n++;
        }
        w.handleEvent(e);
      }
    } finally {
      w.close();
      f.close();
    }
    return n;
  }

  /** Merges the targets of {@code xliff} into {@code story}, written to {@code out}. */
  static int merge(Path story, Path xliff, Path out) {
    Map<String, TextContainer> targets = new HashMap<>();
    XLIFFFilter x = XLIFF.get();
    try (RawDocument doc = new RawDocument(xliff.toUri(), "UTF-8", EN, RU)) {
      x.open(doc);
      while (x.hasNext()) {
        Event e = x.next();
        if (e.isTextUnit()) {
          ITextUnit tu = e.getTextUnit();
          TextContainer t = tu.getTarget(RU);
          if (t != null) {
            targets.put(tu.getName() != null ? tu.getName() + "#" + tu.getId() : tu.getId(), t);
            targets.put(tu.getId(), t);
          }
        }
      }
    } finally {
      x.close();
    }
    JSONFilter f = JSON.get();
    int n = 0;
    IFilterWriter w = f.createFilterWriter();
    try (RawDocument doc = new RawDocument(story.toUri(), "UTF-8", EN, RU)) {
      f.open(doc);
      w.setOptions(RU, "UTF-8");
      w.setOutput(out.toString());
      while (f.hasNext()) {
        Event e = f.next();
        if (e.isTextUnit()) {
          ITextUnit tu = e.getTextUnit();
          TextContainer t = targets.get(tu.getId());
          if (t != null) {
            tu.setTarget(RU, t);
            n++;
          }
        }
        w.handleEvent(e);
      }
    } finally {
      w.close();
      f.close();
    }
    return n;
  }
}
