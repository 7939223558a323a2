package org.localize.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a text file in the encoding the file itself says: UTF-8, UTF-16 or UTF-32 told
 * by a byte order mark or, without one, by where the NUL bytes of the first characters fall (JSON,
 * XML and TMX files start with ASCII); else the encoding an XML declaration names (TMX files of older
 * tools are often ISO-8859-1 or windows-1252); else UTF-8. Decoding is strict: bytes invalid in that
 * encoding are an error, never U+FFFD. Glossaries, locale data and memories are read this way; each
 * caller words the error in its own terms.
 */
public final class TextDecoding {
  private TextDecoding() {}

  private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  /** Why bytes could not be decoded: an encoding declared but unknown, or bytes invalid in the encoding. */
  public static final class Failure extends Exception {
    private final String unknownEncoding;
    private final Charset charset;
    private final boolean declared;
    private final int position;

    private Failure(String unknownEncoding, Charset charset, boolean declared, int position) {
      super(unknownEncoding != null ? "unknown encoding " + unknownEncoding : "not valid " + charset.name() + " at byte " + position);
      this.unknownEncoding = unknownEncoding;
      this.charset = charset;
      this.declared = declared;
      this.position = position;
    }

    /** The encoding the XML declaration names, when Java does not know it; else null. */
    public String unknownEncoding() {
      return unknownEncoding;
    }

    /** The encoding the bytes were decoded in (null when it was unknown). */
    public Charset charset() {
      return charset;
    }

    /** Whether that encoding is the one an XML declaration names. */
    public boolean declared() {
      return declared;
    }

    /** The offset of the first invalid byte. */
    public int position() {
      return position;
    }
  }

  /** The text of {@code b}; see the class comment for how the encoding is told. */
  public static String decode(byte[] b) throws Failure {
    Charset charset = StandardCharsets.UTF_8;
    boolean declared = false;
    int skip = 0;
    int b0 = b.length > 0 ? b[0] & 0xFF : -1;
    int b1 = b.length > 1 ? b[1] & 0xFF : -1;
    int b2 = b.length > 2 ? b[2] & 0xFF : -1;
    int b3 = b.length > 3 ? b[3] & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      charset = Charset.forName("UTF-32BE");
      skip = 4;
    } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      charset = Charset.forName("UTF-32LE");
      skip = 4;
    } else if (b0 == 0xFE && b1 == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (b0 == 0xFF && b1 == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      skip = 3;
    } else if (b.length >= 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
      charset = Charset.forName("UTF-32BE");
    } else if (b.length >= 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      charset = Charset.forName("UTF-32LE");
    } else if (b.length >= 2 && b0 == 0 && b1 != 0) {
      charset = StandardCharsets.UTF_16BE;
    } else if (b.length >= 2 && b0 != 0 && b1 == 0) {
      charset = StandardCharsets.UTF_16LE;
    } else {
      Matcher m = DECLARED.matcher(new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1));
      if (m.find()) {
        try {
          charset = Charset.forName(m.group(1));
          declared = true;
        } catch (IllegalArgumentException e) {
          throw new Failure(m.group(1), null, true, 0);
        }
      }
    }
    return strict(b, skip, charset, declared);
  }

  /**
   * The text of {@code b} from {@code skip} in {@code charset}, strictly: bytes invalid in it throw a
   * {@link Failure} with the offset of the first ({@code declared}: whether the file names that
   * encoding). For a reader that tells the encoding by rules of its own (XLIFF's).
   */
  public static String strict(byte[] b, int skip, Charset charset, boolean declared) throws Failure {
    if (charset == StandardCharsets.UTF_8) {
      // String's own UTF-8 decoding, without the decoder's buffers: about half the time of a batch
      // merge's XLIFF decoding. It puts U+FFFD for every invalid sequence, so a text without one
      // had none; one with U+FFFD (invalid bytes, or the character itself) is decoded again
      // strictly, which finds the first invalid byte, if any.
      String text = new String(b, skip, b.length - skip, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return text;
      }
    }
    return byDecoder(b, skip, charset, declared);
  }

  /** {@link #strict} by a {@link CharsetDecoder} that reports invalid bytes (the oracle of its UTF-8 shortcut). */
  static String byDecoder(byte[] b, int skip, Charset charset, boolean declared) throws Failure {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, skip, b.length - skip);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
        (long) ((b.length - skip) * (double) decoder.maxCharsPerByte()) + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new Failure(null, charset, declared, in.position());
    }
    out.flip();
    return out.toString();
  }
}
