package org.localize.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localize.diag.LocalizeException;

/**
 * {@link XmlSniffer#sniff} checks a file from its first bytes and lets the parser read the rest as
 * it is decoded; {@link XmlSniffer#whole} decodes it whole first, as the readers did before. The
 * whole decoding is the oracle: large files (past {@link XmlSniffer#HEAD}, in UTF-8 with and
 * without BOM and UTF-16 with BOM) and those files broken in every way the sniffer and the parser
 * report (invalid bytes anywhere, alone or after another error, DOCTYPE, XML 1.1, long prologs,
 * malformed XML, cut short, ids used twice, white space alone), read both ways, give equal
 * documents or the same error at the same place. So does a third way: the file on the disk, read by
 * {@link XliffReader#read} as the parser asks for its characters (64 KiB at a time, so that
 * characters are cut between two reads), never held whole, as a file past {@link XliffReader#WHOLE}
 * is read; and the file as {@code read} and {@code parse} take it at its size (decoded whole).
 */
class XmlSnifferStreamingTest {
  @org.junit.jupiter.api.io.TempDir
  java.nio.file.Path dir;
  private int documents;
  private int fromDisk;
  private int errors;

  @Test
  void largeFilesAndTheirBreakagesReadAsWhenDecodedWhole() {
    Random random = new Random(18);
    for (Charset charset : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      for (boolean bom : new boolean[] {false, true}) {
        if (!bom && charset != StandardCharsets.UTF_8) {
          continue; // refused before any decoding, both ways
        }
        for (int units : new int[] {3, 150, 600}) {
          String text = xliff(units, random);
          compare("as written", bytes(text, charset, bom));
          for (int k = 0; k < 8; k++) {
            for (String broken : broken(text, random)) {
              compare("broken", bytes(broken, charset, bom));
            }
            byte[] b = bytes(text, charset, bom);
            compare("invalid bytes", invalid(b, charset, random, 1 + random.nextInt(3)));
            compare("invalid bytes after broken XML", invalid(bytes(breakXml(text, random), charset, bom), charset, random, 1));
            compare("cut", java.util.Arrays.copyOf(b, random.nextInt(b.length)));
            byte[] prolog = bytes(prologs(random) + text.substring(text.indexOf("<xliff")), charset, bom);
            compare("prolog", prolog);
            compare("prolog, invalid bytes", invalid(prolog, charset, random, 1));
          }
        }
      }
    }
    byte[] blank = new byte[XmlSniffer.HEAD * 3];
    java.util.Arrays.fill(blank, (byte) ' ');
    compare("white space alone", blank);
    blank[blank.length - 1] = (byte) 0xC3;
    compare("white space and a cut character", blank);
    assertTrue(documents >= 15, "documents: " + documents);
    assertTrue(errors >= 300, "errors: " + errors);
    assertTrue(fromDisk >= 300, "files read from the disk as decoded: " + fromDisk);
  }

  /**
   * A character of 2, 3 or 4 bytes cut by the end of a 64 KiB read from the disk (the reader's
   * reads start after the byte order mark), valid or made invalid, reads as when decoded whole; and
   * reading a large file from the disk leaves no file open.
   */
  @Test
  void charactersCutBetweenTwoReadsFromTheDisk() throws java.io.IOException {
    String text = xliff(600, new Random(18));
    int target = 0; // in the text of the last target that starts before the first read's end
    for (int t = text.indexOf("<target"); t >= 0; t = text.indexOf("<target", t + 1)) {
      int inside = text.indexOf('>', t) + 1;
      if (text.substring(0, inside).getBytes(StandardCharsets.UTF_8).length > 65_000) {
        break;
      }
      target = inside;
    }
    for (String c : new String[] {"\u00E9", "\u20AC", "\uD83D\uDE00"}) {
      for (boolean bom : new boolean[] {false, true}) {
        int skip = bom ? 3 : 0;
        for (int at = 65_536 - 3; at <= 65_536; at++) { // the character's first byte after the mark: the first read ends at 65,536
          int pad = at - text.substring(0, target).getBytes(StandardCharsets.UTF_8).length;
          String cut = text.substring(0, target) + "a".repeat(pad) + c + text.substring(target);
          byte[] b = bytes(cut, StandardCharsets.UTF_8, bom);
          compare("a character at byte " + at, b);
          byte[] broken = b.clone();
          broken[skip + at + 1] = (byte) 'x'; // its second byte gone
          compare("a broken character at byte " + at, broken);
        }
      }
    }
    java.nio.file.Path fds = java.nio.file.Path.of("/proc/self/fd");
    if (java.nio.file.Files.isDirectory(fds)) {
      java.nio.file.Path file = dir.resolve("many.xlf");
      java.nio.file.Files.write(file, bytes(text, StandardCharsets.UTF_8, false));
      java.nio.file.Files.write(dir.resolve("xliff2.xlf"), bytes(text.replace("urn:oasis:names:tc:xliff:document:1.2",
          "urn:oasis:names:tc:xliff:document:2.0"), StandardCharsets.UTF_8, false));
      java.nio.file.Files.write(dir.resolve("broken.xlf"), bytes(text.replace("</body>", "</bod>"), StandardCharsets.UTF_8, false));
      for (int i = 0; i < 20; i++) {
        for (String name : new String[] {"many.xlf", "xliff2.xlf", "broken.xlf"}) {
          outcome(() -> XliffReader.read(name, dir.resolve(name), XmlSniffer.FILE_HEAD)); // as a live blog's, past WHOLE
          outcome(() -> XliffReader.read(dir.resolve(name)));
        }
      }
      assertEquals(0, openIn(fds, dir), "files of " + dir + " left open");
    }
  }

  /** How many of this process's open files are in {@code folder} (other files open and close as they will). */
  private static long openIn(java.nio.file.Path fds, java.nio.file.Path folder) throws java.io.IOException {
    java.nio.file.Path real = folder.toRealPath();
    try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(fds)) {
      return s.filter(fd -> {
        try {
          return java.nio.file.Files.readSymbolicLink(fd).startsWith(real);
        } catch (java.io.IOException | UnsupportedOperationException e) {
          return false; // closed since it was listed
        }
      }).count();
    }
  }

  /** Reads the bytes both ways: equal documents, or the same error. */
  private void compare(String what, byte[] bytes) {
    String whole = outcome(() -> XliffReader.parse("f.xlf", XmlSniffer.whole("f.xlf", bytes)));
    String streamed = outcome(() -> XliffReader.parse("f.xlf", XmlSniffer.sniff("f.xlf", bytes)));
    assertEquals(whole, streamed, what + ": " + new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.ISO_8859_1));
    java.nio.file.Path file = dir.resolve("f.xlf");
    try {
      java.nio.file.Files.write(file, bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    // streamed from the disk as it would be past XliffReader.WHOLE; and as read at this size
    String disk = outcome(() -> XliffReader.read("f.xlf", file, XmlSniffer.FILE_HEAD));
    assertEquals(whole, disk, what + ", from the disk: " + new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.ISO_8859_1));
    assertEquals(whole, outcome(() -> XliffReader.read("f.xlf", file)), what + ", read as its size is");
    assertEquals(whole, outcome(() -> XliffReader.parse("f.xlf", bytes)), what + ", parsed as its size is");
    if (bytes.length > XmlSniffer.HEAD + 4) {
      fromDisk++;
    }
    String units = outcome(() -> String.valueOf(Xliff12Reader.fastPathUnits("f.xlf", bytes)));
    String unitsWhole = outcome(() -> {
      XmlSniffer.whole("f.xlf", bytes);
      return String.valueOf(Xliff12Reader.fastPathUnits("f.xlf", bytes));
    });
    assertEquals(unitsWhole, units, what);
    if (whole.startsWith("doc")) {
      documents++;
    } else {
      errors++;
    }
  }

  private static String outcome(java.util.function.Supplier<?> read) {
    try {
      return "doc " + read.get();
    } catch (LocalizeException e) {
      return "error " + e.kind() + " " + e.problems();
    } catch (RuntimeException e) {
      return "error " + e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static String xliff(int units, Random random) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
        + "<file original=\"s.json\" source-language=\"en\" target-language=\"ru\" datatype=\"x-localize-story\">\n"
        + "<header><note from=\"localize\">localize story: s</note></header>\n<body>\n");
    String[] words = {"Путин", "Пхеньян", "\uD83D\uDE00", "a&amp;b", "\u00E9t\u00E9", "x", "日本", "\r\n", "  "};
    for (int i = 0; i < units; i++) {
      StringBuilder target = new StringBuilder();
      for (int w = random.nextInt(30); w > 0; w--) {
        target.append(words[random.nextInt(words.length)]).append(' ');
      }
      sb.append("<trans-unit id=\"u").append(i).append("\" resname=\"/u/").append(i).append("\" xml:space=\"preserve\">\n")
          .append("<source xml:lang=\"en\">Source ").append(i).append(" <g id=\"1\" ctype=\"link\">here</g></source>\n")
          .append("<target xml:lang=\"ru\" state=\"translated\">").append(target).append("<g id=\"1\">тут</g></target>\n")
          .append("</trans-unit>\n");
    }
    return sb.append("</body>\n</file>\n</xliff>\n").toString();
  }

  /** The file with one thing wrong that the sniffer or the parser reports. */
  private static String[] broken(String text, Random random) {
    int body = text.indexOf("<body>");
    return new String[] {
        text.replaceFirst("<xliff", "<!DOCTYPE xliff [<!ENTITY e \"x\">]>\n<xliff"),
        text.replaceFirst("version=\"1.0\"", "version=\"1.1\""),
        breakXml(text, random),
        text.replaceFirst("id=\"u1\"", "id=\"u0\""),
        text.replace("version=\"1.2\"", "version=\"2.0\""),
        text.substring(0, body) + "<foo/>" + text.substring(body),
        text.replaceFirst("</file>", "</file><file original=\"b\" source-language=\"en\" target-language=\"ru\"><body/></file>"),
        text.replaceFirst("urn:oasis:names:tc:xliff:document:1.2", "urn:oasis:names:tc:xliff:document:2.0"),
    };
  }

  /** A '<' or '>' deleted, or a stray '&', somewhere. */
  private static String breakXml(String text, Random random) {
    int at = random.nextInt(text.length());
    return switch (random.nextInt(3)) {
      case 0 -> {
        int lt = text.indexOf('<', at);
        yield lt < 0 ? text + "<" : text.substring(0, lt) + text.substring(lt + 1);
      }
      case 1 -> {
        int gt = text.indexOf('>', at);
        yield gt < 0 ? text.substring(1) : text.substring(0, gt) + text.substring(gt + 1);
      }
      default -> text.substring(0, at) + "&" + text.substring(at);
    };
  }

  /** A prolog the first bytes may not decide: long comments and processing instructions, a DOCTYPE after them. */
  private static String prologs(Random random) {
    StringBuilder sb = new StringBuilder(random.nextBoolean() ? "<?xml version=\"1.0\"?>\n" : "");
    int parts = 1 + random.nextInt(3);
    for (int i = 0; i < parts; i++) {
      String filler = "ж".repeat(random.nextInt(XmlSniffer.HEAD));
      sb.append(random.nextBoolean() ? "<!-- " + filler + " -->\n" : "<?pi " + filler + "?>\n");
    }
    if (random.nextInt(3) == 0) {
      sb.append("<!DOCTYPE xliff>\n");
    }
    return sb.toString();
  }

  /** Bytes of the charset made invalid at {@code n} random places (a stray or cut sequence, a lone surrogate). */
  private static byte[] invalid(byte[] b, Charset charset, Random random, int n) {
    byte[] out = b.clone();
    for (int i = 0; i < n && out.length > 8; i++) {
      int at = 4 + random.nextInt(out.length - 4);
      if (charset == StandardCharsets.UTF_8) {
        out[at] = (byte) new int[] {0xFF, 0xC0, 0x80, 0xED, 0xF4}[random.nextInt(5)];
      } else {
        at &= ~1;
        boolean le = charset == StandardCharsets.UTF_16LE;
        out[at + (le ? 1 : 0)] = (byte) 0xDC; // a low surrogate alone
        if (at + 1 < out.length) {
          out[at + (le ? 0 : 1)] = 0x01;
        }
      }
    }
    return out;
  }

  private static byte[] bytes(String text, Charset charset, boolean bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes(charset == StandardCharsets.UTF_8 ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
          : charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF});
    }
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }
}
