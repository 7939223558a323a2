package org.localize.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.XMLWriter;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.localize.tm.Memory;
import org.localize.tm.TmUnit;
import org.localize.tm.Tmx;
import org.localize.unit.Content;
import org.localize.unit.Content.CodeKind;

/**
 * Issue 17.9: localize's TMX reader and writer ({@code tm/Tmx}) beside Okapi 1.47.0's
 * ({@code TmxFilter} into a {@link Memory}, {@code TMXWriter} from one), on a generated memory of N
 * translations (en → ru, a third with inline codes, the props merge writes), in memory, one thread:
 * five warm-up rounds, then the runs, the four interleaved so that both meet the same load; the
 * median and the extremes. Also reports what each gives back (translations, props,
 * dates), so that speed is compared on the same work. {@code bench/run phase tmx [RUNS] [UNITS]}.
 */
final class TmxBench {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final LocaleId EN = LocaleId.fromBCP47("en");
  private static final LocaleId RU = LocaleId.fromBCP47("ru");

  private TmxBench() {}

  static void run(int runs, int n) {
    List<TmUnit> units = memory(n);
    byte[] ours = Tmx.write(units, Tmx.Flavor.STANDARD);
    byte[] okapis = okapiWrite(units);
    System.out.printf(Locale.ROOT, "memory: %d translations; localize writes %.1f MB, Okapi's TMXWriter %.1f MB%n",
        units.size(), ours.length / 1e6, okapis.length / 1e6);
    // interleaved, so that both sides meet the same load of a shared machine; warmed up first
    Runnable[] bodies = {() -> Tmx.write(units, Tmx.Flavor.STANDARD), () -> okapiWrite(units),
        () -> Tmx.parse("m.tmx", ours), () -> okapiRead(ours)};
    double[][] ms = new double[bodies.length][runs];
    for (int w = 0; w < 5; w++) {
      for (Runnable b : bodies) {
        b.run();
      }
    }
    for (int r = 0; r < runs; r++) {
      for (int k = 0; k < bodies.length; k++) {
        long t = System.nanoTime();
        bodies[k].run();
        ms[k][r] = (System.nanoTime() - t) / 1e6;
      }
    }
    row("write, localize Tmx.write", ms[0], n);
    row("write, Okapi TMXWriter", ms[1], n);
    row("read, localize Tmx.parse", ms[2], n);
    row("read, Okapi TmxFilter", ms[3], n);
    Memory a = Tmx.parse("m.tmx", ours);
    Memory b = okapiRead(ours);
    Memory c = Tmx.parse("okapi.tmx", okapis);
    System.out.printf(Locale.ROOT, "read back: localize %d translations, Okapi %d; localize reading Okapi's file %d%n",
        a.size(), b.size(), c.size());
    System.out.printf(Locale.ROOT, "same translations, props and dates: Okapi's reader %s; Okapi's writer %s%n",
        same(a, b), same(a, c));
  }

  /** What a memory holds, compared unit by unit: locales, source, target (with code data), props, dates. */
  private static String same(Memory x, Memory y) {
    int diff = 0;
    String first = null;
    List<TmUnit> xs = x.units();
    List<TmUnit> ys = y.units();
    for (int i = 0; i < Math.min(xs.size(), ys.size()); i++) {
      TmUnit u = xs.get(i);
      TmUnit v = ys.get(i);
      if (!u.equals(v)) {
        diff++;
        if (first == null) {
          first = u + "\n  vs " + v;
        }
      }
    }
    diff += Math.abs(xs.size() - ys.size());
    return diff == 0 ? "yes" : "no, " + diff + " differ; first:\n  " + first;
  }

  static void row(String what, double[] ms, int n) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2];
    System.out.printf(Locale.ROOT, "%-28s median %7.1f ms (%7.0f units/s), fastest %7.1f ms, slowest %7.1f ms%n", what, median,
        n / median * 1000, sorted[0], sorted[sorted.length - 1]);
  }

  /** N translations like those merge adds: sentences of news text, a third with a link or bold pair, some with an argument. */
  static List<TmUnit> memory(int n) {
    Random rnd = new Random(17);
    String[] en = ("the president said on wednesday that talks with the delegation would continue in the capital "
        + "after officials confirmed that 1,200 people had been evacuated from the flooded region").split(" ");
    String[] ru = ("президент заявил в среду что переговоры с делегацией продолжатся в столице после того как "
        + "чиновники подтвердили эвакуацию 1200 человек из затопленного региона").split(" ");
    Instant t = Instant.parse("2024-06-19T02:30:00Z");
    List<TmUnit> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new TmUnit("en", "ru", content(en, rnd, i), content(ru, rnd, i), "story-" + (i / 20), "blocks/" + (i % 20) + "/text",
          "translated", t.plusSeconds(i), t.plusSeconds(i)));
    }
    return out;
  }

  private static Content content(String[] words, Random rnd, int i) {
    List<Content.Part> parts = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    int len = 8 + rnd.nextInt(16);
    int codeAt = i % 3 == 0 ? rnd.nextInt(len - 3) : -1;
    for (int k = 0; k < len; k++) {
      if (k == codeAt) {
        parts.add(new Content.Text(sb.append(' ').toString()));
        sb.setLength(0);
        boolean link = i % 2 == 0;
        parts.add(new Content.Code(CodeKind.OPEN, 1, link ? "link" : "bold",
            link ? "<a href=\"https://example.org/news/" + i + "?a=1&b=2\">" : "<b>", link ? "<a>" : "<b>"));
        parts.add(new Content.Text(words[rnd.nextInt(words.length)] + " " + words[rnd.nextInt(words.length)]));
        parts.add(new Content.Code(CodeKind.CLOSE, 1, link ? "link" : "bold", link ? "</a>" : "</b>", link ? "</a>" : "</b>"));
        continue;
      }
      sb.append(k == 0 ? "" : " ").append(words[(k * 7 + i) % words.length]);
    }
    if (i % 7 == 0) {
      parts.add(new Content.Text(sb.append(' ').toString()));
      sb.setLength(0);
      parts.add(new Content.Code(CodeKind.PLACEHOLDER, 2, "x-icu-argument", "{amount}", "{amount}"));
    }
    sb.append(" «").append(i).append("».");
    parts.add(new Content.Text(sb.toString()));
    return new Content(parts);
  }

  // ---- Okapi: TMXWriter from the memory, TmxFilter into a memory ----

  static byte[] okapiWrite(List<TmUnit> units) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(units.size() * 600);
    XMLWriter xml = new XMLWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    TMXWriter w = new TMXWriter(xml);
    w.setWriteAllPropertiesAsAttributes(true); // creationdate/changedate/creationid as attributes
    w.writeStartDocument(EN, RU, "localize", "0.1.0", "paragraph", "localize", "unknown");
    for (TmUnit u : units) {
      ITextUnit tu = new TextUnit(null);
      tu.setSource(new TextContainer(fragment(u.source())));
      tu.setTarget(LocaleId.fromBCP47(u.targetLocale()), new TextContainer(fragment(u.target())));
      tu.setProperty(new Property("creationdate", DATE.format(u.created())));
      tu.setProperty(new Property("changedate", DATE.format(u.changed())));
      tu.setProperty(new Property("creationid", "localize"));
      tu.setProperty(new Property("x-localize-story", u.story()));
      tu.setProperty(new Property("x-localize-unit", u.unit()));
      tu.setProperty(new Property("x-localize-state", u.state()));
      w.writeTUFull(tu, LocaleId.fromBCP47(u.sourceLocale()));
    }
    w.writeEndDocument();
    w.close();
    return bytes.toByteArray();
  }

  private static TextFragment fragment(Content c) {
    TextFragment tf = new TextFragment();
    for (Content.Part p : c.parts()) {
      if (p instanceof Content.Text t) {
        tf.append(t.text());
      } else {
        Content.Code k = (Content.Code) p;
        Code code = new Code(switch (k.kind()) {
          case OPEN -> TagType.OPENING;
          case CLOSE -> TagType.CLOSING;
          case PLACEHOLDER -> TagType.PLACEHOLDER;
        }, k.type(), k.data());
        code.setId(k.id());
        tf.append(code);
      }
    }
    return tf;
  }

  static Memory okapiRead(byte[] tmx) {
    List<TmUnit> out = new ArrayList<>();
    try (TmxFilter filter = new TmxFilter()) {
      filter.open(new RawDocument(new ByteArrayInputStream(tmx), "UTF-8", LocaleId.EMPTY, RU));
      while (filter.hasNext()) {
        Event e = filter.next();
        if (!e.isTextUnit()) {
          continue;
        }
        ITextUnit tu = e.getTextUnit();
        Content source = content(tu.getSource().getFirstContent());
        for (LocaleId loc : tu.getTargetLocales()) {
          Content target = content(tu.getTarget(loc).getFirstContent());
          out.add(new TmUnit("en", loc.toBCP47(), source, target, prop(tu, "x-localize-story"), prop(tu, "x-localize-unit"),
              prop(tu, "x-localize-state"), date(prop(tu, "creationdate")), date(prop(tu, "changedate"))));
        }
      }
    }
    return new Memory(out);
  }

  private static String prop(ITextUnit tu, String name) {
    Property p = tu.getProperty(name);
    return p == null ? null : p.getValue();
  }

  private static Instant date(String v) {
    return v == null ? null : Instant.from(DATE.parse(v));
  }

  private static Content content(TextFragment tf) {
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
        CodeKind kind = switch (code.getTagType()) {
          case OPENING -> CodeKind.OPEN;
          case CLOSING -> CodeKind.CLOSE;
          default -> CodeKind.PLACEHOLDER;
        };
        String data = code.getData() == null ? "" : code.getData();
        String type = code.getType() == null ? "" : code.getType();
        parts.add(new Content.Code(kind, code.getId(), type, data, data));
      } else {
        text.append(ch);
      }
    }
    if (text.length() > 0) {
      parts.add(new Content.Text(text.toString()));
    }
    return new Content(parts);
  }
}
