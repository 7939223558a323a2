package org.localize.locale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TBX termbases as exported by CAT tools: v2 ({@code martif}, {@code termEntry/langSet/tig})
 * and v3 ({@code tbx}, {@code conceptEntry/langSec/termSec}).
 *
 * <p>administrativeStatus deprecated, superseded, forbidden or obsolete makes a term forbidden;
 * admitted terms are accepted alternatives. TBX has no category for inflected forms, so a
 * {@code <note>forms: a; b</note>} on a term adds accepted forms. The other notes
 * {@link GlossaryExport} writes for what TBX has no category for are read back: on a term
 * {@code forms (genitive): a; b} (forms of one case) and {@code variant: ...} (understood, not
 * house style); on a langSet {@code decline: last} and {@code related: a; b}; on an entry
 * {@code any script: ...}. DTDs and external entities are off: a termbase is untrusted input.
 */
final class TbxReader {

  private TbxReader() {}

  static Glossary read(java.io.Reader in, String name) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(in);
      return new TbxReader.Parse(r, name).run();
    } catch (XMLStreamException e) {
      Location l = e.getLocation() != null ? e.getLocation() : r == null ? null : r.getLocation();
      String at = l == null ? "" : ":" + l.getLineNumber() + ":" + l.getColumnNumber();
      String what = e.getMessage().replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
      what = what.replaceFirst("(?s)\\s*at \\[row,col.*$", ""); // the location is already in front
      throw new LocaleDataException(name + at + ": not well-formed TBX: " + what, e);
    } catch (RuntimeException e) {
      // the parser reads text lazily: an error in it comes unchecked, from getText()
      if (e.getCause() instanceof XMLStreamException x && !(e instanceof LocaleDataException)) {
        Location l = x.getLocation();
        String at = l == null ? "" : ":" + l.getLineNumber() + ":" + l.getColumnNumber();
        String what = String.valueOf(x.getMessage()).replaceFirst("(?s)\\s*at \\[row,col.*$", "");
        throw new LocaleDataException(name + at + ": not well-formed TBX: " + what, e);
      }
      throw e;
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a reader we are abandoning anyway
        }
      }
    }
  }

  /** One pass over the document; collects the entry being read. */
  private static final class Parse {
    private final XMLStreamReader r;
    private final String file;
    private final List<Concept> concepts = new ArrayList<>();
    private String entryId;
    private int entryLine;
    private ConceptType type = ConceptType.OTHER;
    private Gender gender = Gender.UNKNOWN;
    private boolean anyScript;
    private final Map<String, Lang> langs = new LinkedHashMap<>();
    private Lang lang;
    private Term term;

    Parse(XMLStreamReader r, String file) {
      this.r = r;
      this.file = file;
    }

    Glossary run() throws XMLStreamException {
      boolean sawRoot = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) {
          throw new LocaleDataException(file + ":" + r.getLocation().getLineNumber()
              + ": has a DOCTYPE; TBX is read with DTDs off, remove the DOCTYPE line");
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String el = r.getLocalName();
          if (!sawRoot) {
            sawRoot = true;
            if (!el.equals("martif") && !el.equals("tbx")) {
              throw new LocaleDataException(file + ": root element is <" + el
                  + ">; expected <martif> (TBX v2) or <tbx> (TBX v3)");
            }
          }
          start(el);
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          end(r.getLocalName());
        }
      }
      return Glossary.of(concepts);
    }

    private void start(String el) throws XMLStreamException {
      switch (el) {
        case "termEntry", "conceptEntry" -> {
          entryId = r.getAttributeValue(null, "id");
          entryLine = r.getLocation().getLineNumber();
          type = ConceptType.OTHER;
          gender = Gender.UNKNOWN;
          anyScript = false;
          langs.clear();
        }
        case "langSet", "langSec" -> {
          String l = r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
          if (l == null) {
            throw located("<" + el + "> without xml:lang; add xml:lang=\"ru\" or similar");
          }
          String language = l.toLowerCase(Locale.ROOT).split("[-_]")[0];
          lang = langs.computeIfAbsent(language, k -> new Lang());
        }
        case "tig", "ntig", "termSec" -> term = new Term();
        case "term" -> {
          if (term == null) {
            term = new Term();
          }
          term.text = r.getElementText().trim();
        }
        case "termNote", "descrip", "note" -> note(el, r.getAttributeValue(null, "type"), r.getElementText().trim());
        default -> { }
      }
    }

    private void note(String el, String noteType, String text) {
      String t = noteType == null ? "" : noteType;
      String value = text.toLowerCase(Locale.ROOT);
      switch (t) {
        case "administrativeStatus", "normativeAuthorization" -> {
          if (term != null) {
            term.status = value;
          }
        }
        case "grammaticalGender" -> {
          Gender g;
          try {
            g = Gender.parse(value.replace("gender", "").trim());
          } catch (IllegalArgumentException e) {
            g = Gender.UNKNOWN; // TBX also has otherGender
          }
          if (lang != null) {
            lang.gender = g; // on a term or its language: the gender of the name in that language
          } else {
            gender = g;
          }
        }
        case "subjectField", "conceptType", "x-conceptType" -> {
          try {
            type = ConceptType.parse(value);
          } catch (IllegalArgumentException e) {
            // a real subject field ("politics") says nothing about the type; keep OTHER
          }
        }
        case "x-anyScript" -> anyScript = value.equals("true") || value.equals("yes");
        default -> {
          if (el.equals("note")) {
            freeNote(text, value);
          }
        }
      }
    }

    /** A {@code <note>} with what TBX has no category for, as {@link GlossaryExport} writes it. */
    private void freeNote(String text, String value) {
      if (term != null) {
        if (value.startsWith("forms:")) {
          term.forms.addAll(list(text));
        } else if (value.startsWith("forms (") && value.contains("):")) {
          GrammaticalCase c;
          try {
            c = GrammaticalCase.parse(value.substring("forms (".length(), value.indexOf("):")));
          } catch (IllegalArgumentException e) {
            term.forms.addAll(list(text)); // forms of some other kind: accepted forms all the same
            return;
          }
          term.caseForms.computeIfAbsent(c, k -> new ArrayList<>()).addAll(list(text.substring(value.indexOf("):") + 1)));
        } else if (value.startsWith("variant:") || value.equals("variant")) {
          term.variant = true;
        }
      } else if (lang != null) {
        if (value.startsWith("decline:")) {
          try {
            lang.decline = DeclineMode.parse(value.substring("decline:".length()));
          } catch (IllegalArgumentException e) {
            throw located("a note 'decline: " + value.substring("decline:".length()).trim() + "' (use all, last or none)");
          }
        } else if (value.startsWith("related:")) {
          lang.related.addAll(list(text));
        }
      } else if (value.startsWith("any script")) {
        anyScript = true;
      }
    }

    /** The items of {@code a; b} after the first colon. */
    private static List<String> list(String text) {
      List<String> out = new ArrayList<>();
      for (String f : text.substring(text.indexOf(':') + 1).split(";")) {
        if (!f.isBlank()) {
          out.add(f.trim());
        }
      }
      return out;
    }

    private void end(String el) {
      switch (el) {
        case "tig", "ntig", "termSec" -> {
          if (term != null && lang != null && term.text != null && !term.text.isEmpty()) {
            lang.add(term);
          }
          term = null;
        }
        case "langSet", "langSec" -> {
          if (term != null && lang != null && term.text != null) {
            lang.add(term); // TBX v2 also allows <term> directly in <langSet>
          }
          term = null;
          lang = null;
        }
        case "termEntry", "conceptEntry" -> finishEntry();
        default -> { }
      }
    }

    private void finishEntry() {
      String where = file + ":" + entryLine + ": entry " + (entryId == null ? "(no id)" : "'" + entryId + "'");
      Map<String, Terms> terms = new LinkedHashMap<>();
      langs.forEach((language, l) -> {
        if (!l.names.isEmpty()) {
          terms.put(language, new Terms(l.names, l.caseForms, l.forms, l.variants, l.forbidden, l.related, l.decline,
              l.gender == Gender.UNKNOWN ? null : l.gender));
        } else if (!l.forbidden.isEmpty() || !l.variants.isEmpty()) {
          throw new LocaleDataException(where + ", language " + language
              + ": has only deprecated terms or variants; mark one term preferredTerm-admn-sts or admittedTerm-admn-sts");
        }
      });
      if (gender == Gender.UNKNOWN && type == ConceptType.PERSON) {
        // a person's gender is natural gender, the same in every language that states it
        for (Lang l : langs.values()) {
          if (l.gender != Gender.UNKNOWN) {
            gender = l.gender;
            break;
          }
        }
      }
      if (!terms.isEmpty()) {
        String id = entryId != null ? entryId : "tbx-" + entryLine;
        concepts.add(new Concept(id, type, gender, anyScript, terms, where));
      }
      entryId = null;
    }

    private LocaleDataException located(String what) {
      return new LocaleDataException(file + ":" + r.getLocation().getLineNumber() + ":"
          + r.getLocation().getColumnNumber() + ": " + what);
    }
  }

  /** Terms of one language inside one entry, preferred first. */
  private static final class Lang {
    final List<String> names = new ArrayList<>();
    final List<String> forms = new ArrayList<>();
    final Map<GrammaticalCase, List<String>> caseForms = new java.util.EnumMap<>(GrammaticalCase.class);
    final List<String> variants = new ArrayList<>();
    final List<String> forbidden = new ArrayList<>();
    final List<String> related = new ArrayList<>();
    DeclineMode decline;
    Gender gender = Gender.UNKNOWN;

    void add(Term t) {
      String s = t.status == null ? "" : t.status;
      if (s.startsWith("deprecated") || s.startsWith("superseded") || s.startsWith("forbidden")
          || s.startsWith("obsolete")) {
        forbidden.add(t.text);
      } else if (s.startsWith("preferred")) {
        names.add(0, t.text);
      } else if (t.variant) {
        variants.add(t.text);
      } else {
        names.add(t.text);
      }
      forms.addAll(t.forms);
      t.caseForms.forEach((c, f) -> caseForms.computeIfAbsent(c, k -> new ArrayList<>()).addAll(f));
    }
  }

  /** One term being read. */
  private static final class Term {
    String text;
    String status;
    boolean variant;
    final List<String> forms = new ArrayList<>();
    final Map<GrammaticalCase, List<String>> caseForms = new java.util.EnumMap<>(GrammaticalCase.class);
  }
}
