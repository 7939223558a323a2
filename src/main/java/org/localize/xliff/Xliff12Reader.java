package org.localize.xliff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.localize.diag.LocalizeException;
import org.localize.unit.Content;

/**
 * Reads a translated XLIFF 1.2 file as CAT tools write it: UTF-8 or UTF-16 with BOM, CRLF,
 * segmented targets ({@code <seg-source>}/{@code <mrk mtype="seg">}, joined back), alt-trans and
 * foreign namespaces (ignored), re-escaped quotes.
 *
 * <p>Two passes: a small StAX pass (DTDs off) checks that the file is XLIFF 1.2 with one
 * {@code <file>}, reads its attributes and the story note, and records each unit's line; then
 * Okapi's {@link XLIFFFilter} reads the units and their inline codes. When the file stays within
 * the simple subset our writer writes and most CAT tools keep, the first pass reads the units
 * itself ({@link Xliff12FastPath}, to the same result) and the filter, which parses the file three
 * times more, is not run.
 */
public final class Xliff12Reader {
  static final String NS = "urn:oasis:names:tc:xliff:document:1.2";
  /**
   * XLIFF 1.1, which Translate Toolkit's po2xliff writes. Its elements and attributes are a subset
   * of 1.2's (1.2 added {@code <seg-source>}, {@code <mrk mtype="seg">} segmentation and a few
   * attributes) and mean the same, so it is read through the same path; what po2xliff leaves out
   * or moves is handled below (no target-language, the unit's id in a po-reference context, the PO
   * header as a unit).
   */
  static final String NS_1_1 = "urn:oasis:names:tc:xliff:document:1.1";
  private Xliff12Reader() {}

  /** Reads XLIFF bytes; {@code name} is used in messages. */
  public static XliffDocument parse(String name, byte[] bytes) {
    return XmlSniffer.sniff(name, bytes).read(file -> parse(name, file));
  }

  /**
   * Reads an XLIFF 1.2 file sniffed by {@link XmlSniffer}; the caller passes what it throws through
   * {@link XmlSniffer.Sniffed#failure} (an invalid byte past those read is the file's error).
   */
  static XliffDocument parse(String name, XmlSniffer.Sniffed file) {
    return read(name, file, true);
  }

  /** Reads an XLIFF 1.2 file with Okapi's filter, never the fast path: for the tests that compare them. */
  static XliffDocument parseWithFilter(String name, byte[] bytes) {
    return read(name, XmlSniffer.whole(name, bytes), false);
  }

  /** The units the fast path reads from an XLIFF 1.2 file, or null when Okapi's filter would read them. */
  static List<XliffUnit> fastPathUnits(String name, byte[] bytes) {
    return XmlSniffer.sniff(name, bytes).read(file -> header(name, file, true).units);
  }

  private static XliffDocument read(String name, XmlSniffer.Sniffed file, boolean fastPath) {
    Header header = header(name, file, fastPath);
    List<XliffUnit> units = header.units;
    if (units == null) {
      String text = file.text(); // Okapi's filter reads bytes it is given whole
      if (header.version11) {
        // Okapi's filter knows the 1.2 namespace only; 1.1's elements mean the same
        text = text.replace(NS_1_1, NS);
      }
      // Okapi ignores the declared encoding; hand it UTF-8 and a declaration that says so.
      // (the value between the same two quotes: a declaration such as encoding="'TF-16" must not
      // become "UTF-8'TF-16", which the parser takes for a charset name and throws on)
      String utf8 = text.replaceFirst("^(<\\?xml[^>]*?encoding\\s*=\\s*)([\"'])([^>]*?)\\2", "$1\"UTF-8\"");
      units = units(name, utf8.getBytes(StandardCharsets.UTF_8), header);
    }
    units = header.scan.attach(units);
    return new XliffDocument(name, header.original, header.storyId, header.source, header.target, review(units, header),
        header.profile, header.profileFile);
  }

  /**
   * The units with what the first pass found beside them: the target's state-qualifier, the CAT
   * tool's review state (ReviewStates), and, in a file from po2xliff, the unit's id from its PO
   * location (xliff2po kept it there) in place of po2xliff's running number; po2xliff's unit for
   * the PO header is no unit of the story and is left out.
   */
  private static List<XliffUnit> review(List<XliffUnit> units, Header h) {
    if (h.review.isEmpty()) {
      return units;
    }
    List<XliffUnit> out = new ArrayList<>(units.size());
    for (XliffUnit u : units) {
      UnitReview r = h.review.get(u.id());
      if (r == null) {
        out.add(u);
        continue;
      }
      if (r.poHeader) {
        continue;
      }
      ReviewStates.VendorState vendor = !r.sdlConf.isEmpty() ? ReviewStates.tradosLowest(r.sdlConf)
          : r.memoqStatus != null ? ReviewStates.memoq(r.memoqStatus)
          : r.phraseConfirmed != null ? ReviewStates.phrase(r.phraseConfirmed)
          : null;
      XliffUnit v = u.withReview(r.qualifier, vendor);
      if (r.poLocation != null && (u.resname() == null || u.resname().isEmpty())) {
        v = v.withId(r.poLocation);
      }
      out.add(v);
    }
    return out;
  }

  /** What the first pass reads of a unit beside what the units' reader reads. */
  private static final class UnitReview {
    String qualifier;
    final List<String> sdlConf = new ArrayList<>(1);
    String memoqStatus;
    String phraseConfirmed;
    String poLocation;
    boolean poHeader;
  }

  private static final class Header {
    String original;
    String storyId;
    String profile;
    String profileFile;
    String source;
    String target;
    final Map<String, Integer> lines = new HashMap<>();
    /** The units, when the fast path could read them all; else null. */
    List<XliffUnit> units;
    /** XLIFF 1.1 (namespace and version). */
    boolean version11;
    /** By unit id, for the units that have any. */
    final Map<String, UnitReview> review = new HashMap<>();

    UnitReview review(String id) {
      return review.computeIfAbsent(id, k -> new UnitReview());
    }
    /** What the targets as written have wrong that their content will not show. */
    final TargetScan scan = new TargetScan();
  }

  private static Header header(String name, XmlSniffer.Sniffed file, boolean fastPath) {
    javax.xml.stream.XMLInputFactory factory = XmlSniffer.FACTORY;
    Header h = new Header();
    XMLStreamReader r = null;
    try {
      r = factory.createXMLStreamReader(file.reader());
      int files = 0;
      boolean root = true;
      String xliffNs = NS;
      boolean inHeader = false;
      String unit = null; // the id of the trans-unit being read
      int altTrans = 0; // depth in <alt-trans>, whose targets are suggestions
      boolean poLocation = false; // in <context-group purpose="location"> (po2xliff)
      Xliff12FastPath fast = fastPath ? new Xliff12FastPath() : null;
      while (r.hasNext()) {
        int event = r.next();
        if (fast != null && !fast.event(r, event)) {
          fast = null; // outside the subset: Okapi's filter reads the units
        }
        h.scan.event(r, event);
        if (event == XMLStreamConstants.DTD) {
          // XmlSniffer refuses a DOCTYPE before any parser runs; this is the second lock on that door.
          throw LocalizeException.input(name, loc(r),
              "the file has a DOCTYPE, which XLIFF does not need and which can hide entity attacks; remove it");
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          if (r.getEventType() == XMLStreamConstants.END_ELEMENT) {
            switch (r.getLocalName()) {
              case "header" -> inHeader = false;
              case "trans-unit" -> unit = null;
              case "alt-trans" -> altTrans--;
              case "context-group" -> poLocation = false;
              default -> { }
            }
          }
          continue;
        }
        String local = r.getLocalName();
        String ns = r.getNamespaceURI();
        if (root) {
          root = false;
          String version = r.getAttributeValue(null, "version");
          if (!local.equals("xliff")) {
            throw LocalizeException.input(name, loc(r), "this is not XLIFF (the root element is <" + local + ">); give the translated .xlf file");
          }
          h.version11 = NS_1_1.equals(ns) && "1.1".equals(version);
          if (!h.version11 && (!NS.equals(ns) || !"1.2".equals(version))) {
            throw LocalizeException.input(name, loc(r), "expected XLIFF 1.2 (namespace " + NS + ", version=\"1.2\") or 1.1, found version="
                + (version == null ? "none" : "\"" + version + "\"") + " in namespace " + (ns == null || ns.isEmpty() ? "none" : ns));
          }
          xliffNs = ns;
          continue;
        }
        if (ReviewStates.SDL_NS.equals(ns) && local.equals("seg") && unit != null) {
          String conf = r.getAttributeValue(null, "conf"); // Trados: <sdl:seg-defs><sdl:seg conf="..."/>
          if (conf != null) {
            h.review(unit).sdlConf.add(conf);
          }
        }
        if (!xliffNs.equals(ns)) {
          continue; // foreign namespaces are allowed and ignored
        }
        switch (local) {
          case "file" -> {
            if (++files > 1) {
              throw LocalizeException.input(name, loc(r),
                  "the file holds more than one <file>; localize writes one story per XLIFF: split it");
            }
            h.original = r.getAttributeValue(null, "original");
            h.source = r.getAttributeValue(null, "source-language");
            h.target = r.getAttributeValue(null, "target-language");
          }
          case "header" -> inHeader = true;
          case "note" -> {
            if (inHeader) {
              String note = r.getElementText().trim();
              if (note.startsWith(Xliff12Writer.STORY_NOTE)) {
                h.storyId = Xliff12Writer.unquoteStoryId(note.substring(Xliff12Writer.STORY_NOTE.length()));
              } else if (note.startsWith(Xliff12Writer.PROFILE_NOTE)) {
                h.profile = Xliff12Writer.unquoteStoryId(note.substring(Xliff12Writer.PROFILE_NOTE.length()));
              } else if (note.startsWith(Xliff12Writer.PROFILE_FILE_NOTE)) {
                h.profileFile = Xliff12Writer.unquoteStoryId(note.substring(Xliff12Writer.PROFILE_FILE_NOTE.length()));
              }
            }
          }
          case "trans-unit" -> {
            String id = r.getAttributeValue(null, "id");
            if (id == null) {
              throw LocalizeException.input(name, loc(r), "a <trans-unit> has no id");
            }
            if (h.lines.put(id, r.getLocation().getLineNumber()) != null) {
              throw LocalizeException.input(name, loc(r), "the trans-unit id \"" + id + "\" is used twice; ids must be unique");
            }
            unit = id;
            altTrans = 0;
            String memoq = r.getAttributeValue(ReviewStates.MEMOQ_NS, "status");
            String phrase = r.getAttributeValue(ReviewStates.PHRASE_NS, "confirmed");
            if (memoq != null || phrase != null) {
              h.review(id).memoqStatus = memoq;
              h.review(id).phraseConfirmed = phrase;
            }
            if (h.version11 && "x-gettext-domain-header".equals(r.getAttributeValue(null, "restype"))) {
              h.review(id).poHeader = true; // po2xliff: the PO file's header, no text of the story
            }
          }
          case "alt-trans" -> altTrans++;
          case "target" -> {
            String qualifier = r.getAttributeValue(null, "state-qualifier");
            if (unit != null && altTrans == 0 && qualifier != null) {
              h.review(unit).qualifier = qualifier;
            }
          }
          case "context-group" -> poLocation = unit != null && "location".equals(r.getAttributeValue(null, "purpose"))
              && "po-reference".equals(r.getAttributeValue(null, "name"));
          case "context" -> {
            if (poLocation && "sourcefile".equals(r.getAttributeValue(null, "context-type"))) {
              String location = r.getElementText().trim();
              if (!location.isEmpty() && h.review(unit).poLocation == null) {
                h.review(unit).poLocation = location;
              }
            }
          }
          default -> { }
        }
      }
      if (files == 0) {
        throw LocalizeException.input(name, "", "the XLIFF has no <file> element");
      }
      if ((h.target == null || h.target.isBlank()) && !h.version11) {
        throw LocalizeException.input(name, "", "the <file> has no target-language; it is not a translation file");
      }
      if (fast != null && sameLocales(h)) {
        h.units = fast.units(h.lines);
      }
      return h;
    } catch (XMLStreamException e) {
      throw malformed(name, e);
    } catch (RuntimeException e) {
      // the parser reads text lazily: an error in text the fast path asks for comes unchecked
      if (e.getCause() instanceof XMLStreamException x) {
        throw malformed(name, x);
      }
      throw e;
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release beyond the reader of the bytes
        }
      }
    }
  }

  private static List<XliffUnit> units(String name, byte[] utf8, Header h) {
    LocaleId src = LocaleId.fromBCP47(h.source == null ? "und" : h.source);
    // XLIFF 1.1 may leave the target language out (po2xliff does); the filter then reads the
    // targets as this one's, and merge asks for --target
    LocaleId trg = LocaleId.fromBCP47(h.target == null || h.target.isBlank() ? "und" : h.target);
    List<XliffUnit> units = new ArrayList<>();
    try (XLIFFFilter filter = new PlainTextFilter()) {
      okapi(name, () -> {
        filter.open(new RawDocument(new ByteArrayInputStream(utf8), "UTF-8", src, trg));
        return null;
      });
      while (okapi(name, filter::hasNext)) {
        Event e = okapi(name, filter::next);
        if (!e.isTextUnit()) {
          continue;
        }
        ITextUnit tu = e.getTextUnit();
        TextContainer target = tu.getTarget(trg);
        Content targetContent = null;
        String state = null;
        boolean approved = false;
        if (target != null) {
          targetContent = OkapiContent.fromFragment(target.getUnSegmentedContentCopy());
          Property p = target.getProperty(Property.STATE);
          state = p == null ? null : p.getValue();
          Property a = tu.getTargetProperty(trg, Property.APPROVED);
          approved = a != null && "yes".equals(a.getValue());
        }
        Content source = OkapiContent.fromFragment(tu.getSource().getUnSegmentedContentCopy());
        Integer line = h.lines.get(tu.getId());
        String kind = tu.getType() == null ? null : tu.getType().replaceFirst("^x-", "");
        units.add(new XliffUnit(tu.getId(), tu.getName(), source, targetContent, state, approved,
            line == null ? 0 : line, kind, maxWidth(tu)));
      }
    }
    return units;
  }

  /**
   * What a call of Okapi's filter gives. Okapi and its XML parser throw unchecked exceptions for
   * input they cannot read, and the filter, for some it half reads, a NullPointerException (an
   * ITS annotation in memoQ's segmented source, found by fuzzing): each is the file's error.
   */
  private static <T> T okapi(String name, java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (LocalizeException e) {
      throw e;
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      String message = cause.getMessage() == null || cause instanceof NullPointerException
          ? "Okapi's XLIFF filter failed on it (" + cause.getClass().getSimpleName() + ")"
          : firstLine(cause.getMessage());
      throw LocalizeException.input(name, "", "cannot read the XLIFF: " + message
          + "; check that it is well-formed XLIFF 1.2 as a CAT tool exports it, or export it again");
    }
  }

  /**
   * Okapi's XLIFF filter reading through a plain UTF-8 reader. Its own reader checks every
   * character (and character reference) and turns what XML 1.0 cannot carry into U+FFFD: a tenth
   * of a merge's reading time, for nothing here, since {@link #header} has parsed the same text
   * with a conforming parser first and refused any such character as malformed XML.
   */
  private static final class PlainTextFilter extends XLIFFFilter {
    @Override
    public InputStreamReader createStreamReader(RawDocument input, String charset) {
      return new InputStreamReader(input.getStream(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Whether the filter would read the file with the locales {@link #units} gives it: it takes the
   * {@code <file>}'s target-language instead when its language differs, and it cannot be handed a
   * locale {@link LocaleId} refuses (the filter's path then says so).
   */
  private static boolean sameLocales(Header h) {
    // a batch asks about the same pair of languages for every file: ICU parsing the four tags was
    // 9% of reading a story's XLIFF in a batch merge
    String key = (h.source == null ? "\u0001" : h.source) + '\u0000' + (h.target == null ? "\u0001" : h.target);
    Boolean same = SAME_LOCALES.get(key);
    if (same == null) {
      same = sameLocales(h.source, h.target);
      if (SAME_LOCALES.size() < 64) { // about 64: threads may pass the test together
        SAME_LOCALES.put(key, same);
      }
    }
    return same;
  }

  private static final Map<String, Boolean> SAME_LOCALES = new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean sameLocales(String source, String target) {
    try {
      LocaleId.fromBCP47(source == null ? "und" : source);
      LocaleId.fromString(source);
      return LocaleId.fromString(target).sameLanguageAs(LocaleId.fromBCP47(target));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The {@code maxwidth} of a unit when it is counted in characters, else 0. */
  private static int maxWidth(ITextUnit tu) {
    Property width = tu.getProperty(Property.MAX_WIDTH);
    Property unit = tu.getProperty(Property.SIZE_UNIT);
    return maxWidth(width == null ? null : width.getValue(), unit == null ? null : unit.getValue());
  }

  /** The {@code maxwidth} when {@code size-unit} is {@code char}, else 0. */
  static int maxWidth(String width, String unit) {
    if (width == null || unit == null || !"char".equals(unit)) {
      return 0;
    }
    try {
      return Math.max(0, Integer.parseInt(width.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static LocalizeException malformed(String name, XMLStreamException e) {
    String where = e.getLocation() == null ? "" : e.getLocation().getLineNumber() + ":" + e.getLocation().getColumnNumber();
    String message = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    return LocalizeException.input(name, where, "malformed XML: " + firstLine(message));
  }

  private static String loc(XMLStreamReader r) {
    return r.getLocation().getLineNumber() + ":" + r.getLocation().getColumnNumber();
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }
}
