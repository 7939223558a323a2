package org.localize.xliff;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localize.diag.LocalizeException;

/**
 * Decides, before any XML parser sees a file, whether it can be read faithfully: UTF-8 (with or
 * without BOM) or UTF-16 with a BOM, and no DOCTYPE. Okapi's reader ignores the encoding
 * declaration and would turn a legacy encoding into U+FFFD silently (okapi-brief §2), and a DOCTYPE
 * is how entity attacks start; both are refused here with what to do instead.
 */
final class XmlSniffer {
  private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
  private static final Pattern VERSION = Pattern.compile("^<\\?xml\\s+version\\s*=\\s*[\"']([^\"']*)[\"']");

  private XmlSniffer() {}

  /** The file's text, decoded; throws {@link LocalizeException} for what cannot be read faithfully. */
  static String decode(String name, byte[] b) {
    Charset charset;
    int skip;
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (b.length >= 2 && ((b[0] == 0 && b[1] == '<') || (b[0] == '<' && b[1] == 0))) {
      throw LocalizeException.input(name, "1:1",
          "UTF-16 without a byte order mark cannot be read reliably; re-save the file as UTF-8");
    } else if (b.length >= 1 && b[0] == 0) {
      throw LocalizeException.input(name, "1:1", "this is not XLIFF (the file starts with a NUL byte: binary data?)");
    } else {
      charset = StandardCharsets.UTF_8;
      skip = 0;
    }
    String head = new String(b, skip, Math.min(b.length - skip, 200), charset);
    Matcher m = ENCODING.matcher(head);
    if (m.find() && skip == 0) {
      String declared = m.group(1).toUpperCase(java.util.Locale.ROOT);
      if (!declared.equals("UTF-8") && !declared.equals("UTF8")) {
        throw LocalizeException.input(name, "1:1",
            "the file is declared as " + m.group(1) + "; only UTF-8 and UTF-16 (with BOM) can be read faithfully: "
                + "re-save it as UTF-8 (iconv -f " + m.group(1) + " -t UTF-8)");
      }
    }
    String text;
    try {
      text = charset.newDecoder().decode(java.nio.ByteBuffer.wrap(b, skip, b.length - skip)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw LocalizeException.input(name, "",
          "the file is not valid " + charset.name() + " (a legacy encoding?); re-save it as UTF-8");
    }
    if (text.isBlank()) {
      throw LocalizeException.input(name, "1:1", "the file is empty; expected a translated XLIFF 1.2 file");
    }
    int doctype = doctypeInProlog(text);
    if (doctype >= 0) {
      throw LocalizeException.input(name, position(text, doctype),
          "the file has a DOCTYPE, which XLIFF does not need and which can hide entity attacks; remove it");
    }
    Matcher v = VERSION.matcher(text);
    if (v.find() && !v.group(1).equals("1.0")) {
      throw LocalizeException.input(name, "1:1",
          "the file is XML " + v.group(1) + "; XLIFF 1.2 is XML 1.0, and characters that only XML "
              + v.group(1) + " allows would be lost: re-save it as XML 1.0");
    }
    return text;
  }

  /**
   * One StAX factory for the process, configured once (no DTDs, no external entities, namespace
   * aware): looking the implementation up through the service loader for every file showed in the
   * profile of a batch merge. A configured factory is safe to share between threads.
   */
  static final javax.xml.stream.XMLInputFactory FACTORY = secureFactory();

  private static javax.xml.stream.XMLInputFactory secureFactory() {
    javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newFactory();
    f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(javax.xml.stream.XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f;
  }

  /**
   * The namespace of the root element of a decoded file, or "" when it has none or the file is not
   * well-formed before it (the readers then say what is wrong). DTDs and external entities are off.
   */
  static String rootNamespace(String text) {
    javax.xml.stream.XMLInputFactory factory = XmlSniffer.FACTORY;
    try {
      javax.xml.stream.XMLStreamReader r = factory.createXMLStreamReader(new java.io.StringReader(text));
      try {
        while (r.hasNext()) {
          if (r.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
            String ns = r.getNamespaceURI();
            return ns == null ? "" : ns;
          }
        }
      } finally {
        r.close();
      }
    } catch (javax.xml.stream.XMLStreamException e) {
      return "";
    }
    return "";
  }

  /**
   * Where a DOCTYPE starts in the prolog (before the first element), or -1. Comments and processing
   * instructions are skipped as XML does, so that neither hides a DOCTYPE from this check.
   */
  static int doctypeInProlog(String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c != '<') {
        i++; // whitespace (anything else is malformed, and the XML parser says so)
      } else if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        if (end < 0) {
          return -1;
        }
        i = end + 3;
      } else if (text.startsWith("<?", i)) {
        int end = text.indexOf("?>", i + 2);
        if (end < 0) {
          return -1;
        }
        i = end + 2;
      } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        return i;
      } else {
        return -1; // the root element: a DOCTYPE after it is not well-formed XML
      }
    }
    return -1;
  }

  /** line:column of a character offset. */
  static String position(String text, int offset) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return line + ":" + col;
  }
}
