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
    return whole(name, b).text();
  }

  /**
   * The file checked as {@link #decode} checks it, decoded whole into one String: the reading that
   * {@link #sniff} must match, kept for the tests that compare the two.
   */
  static Sniffed whole(String name, byte[] b) {
    return checkedWhole(name, start(name, b));
  }

  /** {@code s} decoded whole, its prolog checked. */
  private static Sniffed checkedWhole(String name, Sniffed s) {
    prolog(name, s.text());
    return s;
  }

  /**
   * The file checked as {@link #decode} checks it, without decoding it whole: the checks look at its
   * first {@link #HEAD} bytes when those decide them (a prolog longer than that, or a file of white
   * space alone, is decoded whole), and a parser reads the characters through {@link
   * Sniffed#reader()} as they are decoded. A 19 MB live blog's XLIFF was a 31 MB String (UTF-16: its
   * Cyrillic), decoded into a char[] of that size first: at a 256 MB heap, the collections that moved
   * them cost more than the reading. Bytes that are not valid in the charset are found while the
   * parser reads; {@link Sniffed#failure} makes what is then thrown the error {@link #decode} gives,
   * whatever the parser or the reader found before them.
   */
  static Sniffed sniff(String name, byte[] b) {
    Sniffed s = start(name, b);
    // no more bytes than sniffing decodes: decoded whole at once
    return b.length - s.skip <= HEAD ? checkedWhole(name, s) : sniffed(name, s, b);
  }

  /**
   * As {@link #sniff(String, byte[])}, for a regular file longer than its {@code head} (its first
   * {@link #FILE_HEAD} bytes) that the parser reads from the disk as it is decoded: a live blog's
   * 19 MB XLIFF, held whole while it was read, ended as garbage in the old generation of a 256 MB
   * heap and cost a full collection. {@code whole} reads the whole file from the same opening, for
   * what needs it all (an error's place, Okapi's filter, XLIFF 2). The caller closes {@code file}
   * once the reading is done.
   */
  static Sniffed sniff(String name, byte[] head, java.nio.channels.FileChannel file, java.util.function.Supplier<byte[]> whole) {
    Sniffed s = start(name, head);
    return sniffed(name, new Sniffed(name, null, file, whole, s.skip, s.charset), head);
  }

  /** The checks of {@link #sniff(String, byte[])} on {@code b}, more than the file's first {@link #HEAD} bytes. */
  private static Sniffed sniffed(String name, Sniffed s, byte[] b) {
    java.nio.charset.CharsetDecoder decoder = s.charset.newDecoder();
    java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(HEAD); // as many bytes give no more characters
    // more bytes follow: a character cut at the HEAD-th byte is left undecoded, no error
    if (decoder.decode(java.nio.ByteBuffer.wrap(b, s.skip, HEAD), chars, false).isError()) {
      throw s.undecodable(); // an invalid byte among the first is one of the whole file
    }
    String head = chars.flip().toString();
    s.head = head;
    int doctype = doctypeInProlog(head, false);
    Matcher v = VERSION.matcher(head);
    boolean version = v.find();
    if (head.isBlank() || doctype == UNDECIDED || v.hitEnd()) {
      return whole(name, s.bytes()); // what the first bytes do not decide
    }
    if (doctype >= 0 || version && !v.group(1).equals("1.0")) {
      s.decodeAll(); // an invalid byte anywhere is the error to give first
      prolog(name, head);
    }
    return s;
  }

  /** How many bytes {@link #sniff} decodes to check the prolog. */
  static final int HEAD = 16 * 1024;

  /**
   * How much of a large file {@link #sniff(String, byte[], java.nio.channels.FileChannel,
   * java.util.function.Supplier)} is given: {@link #HEAD} bytes after a byte order mark of up to 3,
   * and one more, so that the file is known to go on past them.
   */
  static final int FILE_HEAD = HEAD + 4;

  /** The checks of the bytes before any decoding: byte order mark, NUL, declared encoding. */
  private static Sniffed start(String name, byte[] b) {
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
    return new Sniffed(name, b, null, null, skip, charset);
  }

  /** The checks of the decoded text (or of as much of its start as decides them): empty, DOCTYPE, XML version. */
  private static void prolog(String name, String text) {
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
  }

  /**
   * A file that passed the checks: its characters for a parser, decoded as it reads them or decoded
   * whole ({@link #text}) for the readers that need them so.
   */
  static final class Sniffed {
    private final String name;
    /** The file's bytes; for a file read from the disk as it is decoded, null until something needs them all. */
    private byte[] bytes;
    /** A file read from the disk as it is decoded (its caller's to close), and what reads it whole; else null. */
    private final java.nio.channels.FileChannel file;
    private final java.util.function.Supplier<byte[]> whole;
    private final int skip;
    private final Charset charset;
    /** The whole text, once decoded (then every byte is known to be valid). */
    private String text;
    /** The characters of the file's first bytes, as {@link #sniff} decoded them; null when not. */
    private String head;

    private Sniffed(String name, byte[] bytes, java.nio.channels.FileChannel file, java.util.function.Supplier<byte[]> whole,
        int skip, Charset charset) {
      this.name = name;
      this.bytes = bytes;
      this.file = file;
      this.whole = whole;
      this.skip = skip;
      this.charset = charset;
    }

    /** All the file's bytes (read from the disk the first time, for a file read as it is decoded). */
    byte[] bytes() {
      if (bytes == null) {
        bytes = whole.get();
      }
      return bytes;
    }

    /** The whole text, decoded (once). */
    String text() {
      if (text == null) {
        text = decodeAll();
      }
      return text;
    }

    /** The characters, for a parser: the same, in the same amounts per read, as a StringReader over {@link #text} gives. */
    java.io.Reader reader() {
      if (text != null) {
        return new java.io.StringReader(text);
      }
      if (bytes != null) {
        return new Decoding(java.nio.ByteBuffer.wrap(bytes, skip, bytes.length - skip), null, 0, charset);
      }
      return new Decoding(java.nio.ByteBuffer.allocate(64 * 1024).flip(), file, skip, charset);
    }

    /** What {@code reading} gives of this file; what it throws passes through {@link #failure}. */
    <T> T read(java.util.function.Function<Sniffed, T> reading) {
      try {
        return reading.apply(this);
      } catch (RuntimeException e) {
        throw failure(e);
      }
    }

    /**
     * What to throw for {@code e}, thrown while the characters were read or after: the error {@link
     * #decode} gives for a file with an invalid byte anywhere (it decoded the file whole before any
     * other check), else {@code e} itself.
     */
    RuntimeException failure(RuntimeException e) {
      if (text == null) {
        try {
          decodeAll();
        } catch (LocalizeException undecodable) {
          return undecodable;
        }
      }
      return e;
    }

    private String decodeAll() {
      try {
        byte[] b = bytes();
        return org.localize.io.TextDecoding.strict(b, skip, charset, false);
      } catch (org.localize.io.TextDecoding.Failure f) {
        throw LocalizeException.input(name, "byte " + f.position(),
            "the file is not valid " + charset.name() + " (a legacy encoding?); re-save it as UTF-8");
      }
    }

    /** The error for a file with an invalid byte: decoding it whole finds the first, and its offset. */
    private LocalizeException undecodable() {
      try {
        decodeAll();
      } catch (LocalizeException e) {
        return e;
      }
      throw new IllegalStateException("a decoder found an invalid byte that a whole decoding does not");
    }
  }

  /**
   * Characters decoded from bytes as a parser asks for them. Each read fills the whole array asked
   * for unless the input ends, as a StringReader does, so that a parser meets its buffer boundaries
   * (and splits its text events) where it did reading the whole text. Invalid bytes throw a {@link
   * java.nio.charset.CharacterCodingException} (an IOException the parser passes on); the caller
   * turns it into the file's error ({@link Sniffed#failure}).
   */
  private static final class Decoding extends java.io.Reader {
    /** The bytes not decoded yet: all of them, or those read from {@code more} so far. */
    private final java.nio.ByteBuffer in;
    /** Where the rest of the bytes come from (read by position: the reader's own), or null when {@code in} holds them all. */
    private final java.nio.channels.FileChannel more;
    /** The byte of {@code more} read next. */
    private long position;
    private boolean allRead;
    private final java.nio.charset.CharsetDecoder decoder;
    private final java.nio.CharBuffer buffer = java.nio.CharBuffer.allocate(8192);
    /** Every byte decoded: what the decoder may still hold comes next, then the end. */
    private boolean flushing;
    private boolean ended;

    Decoding(java.nio.ByteBuffer in, java.nio.channels.FileChannel more, long position, Charset charset) {
      this.in = in;
      this.more = more;
      this.position = position;
      this.allRead = more == null;
      decoder = charset.newDecoder();
      buffer.flip(); // empty, ready to be read
    }

    @Override
    public int read(char[] into, int off, int len) throws java.io.IOException {
      java.util.Objects.checkFromIndexSize(off, len, into.length);
      if (len == 0) {
        return 0;
      }
      int n = 0;
      while (n < len) {
        if (!buffer.hasRemaining() && !fill()) {
          break;
        }
        int k = Math.min(len - n, buffer.remaining());
        buffer.get(into, off + n, k);
        n += k;
      }
      return n == 0 ? -1 : n;
    }

    /** Decodes more characters into the empty buffer; false at the end of the input. */
    private boolean fill() throws java.io.IOException {
      buffer.clear();
      while (buffer.position() == 0 && !ended) {
        // once all the input is there (endOfInput), a sequence cut short at its end is invalid, as
        // when decoded whole; before, its first bytes wait in {@code in} for the rest
        java.nio.charset.CoderResult r = flushing ? decoder.flush(buffer) : decoder.decode(in, buffer, allRead);
        if (r.isError()) {
          r.throwException();
        }
        if (r.isUnderflow()) { // every byte there decoded (else the buffer is full)
          if (!allRead) {
            readMore();
          } else if (flushing) {
            ended = true;
          } else {
            flushing = true;
          }
        }
      }
      buffer.flip();
      return buffer.hasRemaining();
    }

    /** The next bytes from {@code more}, after those the decoder left (a character cut at the end of the last read). */
    private void readMore() throws java.io.IOException {
      in.compact();
      int n = more.read(in, position);
      in.flip();
      if (n < 0) {
        allRead = true;
      } else if ((position += n) > XliffReader.MAX_FILE) {
        throw new java.io.IOException("the file grew past " + (XliffReader.MAX_FILE >> 20) + " MiB while it was read");
      }
    }

    @Override
    public void close() {
      // nothing to release: the bytes, or the open file, stay with their owner
    }
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
    return rootNamespace(new java.io.StringReader(text));
  }

  /**
   * {@link #rootNamespace(String)} of a sniffed file, read as far as its root element: in the
   * characters sniffing decoded when the root element starts among them (the parser reports it only
   * once its whole start tag is read), else from the file.
   */
  static String rootNamespace(Sniffed file) {
    if (file.head != null) {
      String ns = rootNamespaceOrNull(new java.io.StringReader(file.head));
      if (ns != null) {
        return ns;
      }
    }
    return rootNamespace(file.reader());
  }

  private static String rootNamespace(java.io.Reader text) {
    String ns = rootNamespaceOrNull(text);
    return ns == null ? "" : ns;
  }

  /** The namespace of the root element ("" when none), or null when the text ends or breaks before it. */
  private static String rootNamespaceOrNull(java.io.Reader text) {
    javax.xml.stream.XMLInputFactory factory = XmlSniffer.FACTORY;
    try {
      javax.xml.stream.XMLStreamReader r = factory.createXMLStreamReader(text);
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
      return null;
    }
    return null;
  }

  /**
   * Where a DOCTYPE starts in the prolog (before the first element), or -1. Comments and processing
   * instructions are skipped as XML does, so that neither hides a DOCTYPE from this check.
   */
  static int doctypeInProlog(String text) {
    return doctypeInProlog(text, true);
  }

  /** What {@link #doctypeInProlog(String, boolean)} gives for a start of the text that cannot tell. */
  private static final int UNDECIDED = -2;

  /**
   * {@link #doctypeInProlog(String)} of {@code text}, the whole text when {@code whole}; else of a
   * text that starts with it: {@link #UNDECIDED} when the rest could change the answer (a comment or
   * processing instruction not closed in it, or no element nor DOCTYPE begun far enough from its end).
   */
  private static int doctypeInProlog(String text, boolean whole) {
    int undecided = whole ? -1 : UNDECIDED;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c != '<') {
        i++; // whitespace (anything else is malformed, and the XML parser says so)
      } else if (!whole && i + 9 > n) {
        return UNDECIDED; // "<!--", "<?" or "<!DOCTYPE" may go on past the end
      } else if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        if (end < 0) {
          return undecided;
        }
        i = end + 3;
      } else if (text.startsWith("<?", i)) {
        int end = text.indexOf("?>", i + 2);
        if (end < 0) {
          return undecided;
        }
        i = end + 2;
      } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        return i;
      } else {
        return -1; // the root element: a DOCTYPE after it is not well-formed XML
      }
    }
    return undecided;
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
