package org.localize.xliff;

import java.nio.file.Path;
import org.localize.io.InputFiles;

/**
 * Reads a translated file of either XLIFF version: the root element's namespace decides between
 * {@link Xliff12Reader} and {@link Xliff2Reader}. Both refuse the same unsafe or unfaithful input
 * first ({@link XmlSniffer}: legacy encodings, UTF-16 without BOM, DOCTYPE).
 */
public final class XliffReader {
  private XliffReader() {}

  /** Largest XLIFF file read: 256 MiB (a story's XLIFF is a few hundred KiB); refused before reading. */
  public static final long MAX_FILE = 256L * 1024 * 1024;

  /** Reads the file at {@code path}. */
  public static XliffDocument read(Path path) {
    return read(path.toString(), path);
  }

  /**
   * Files up to this size are read and decoded whole, once (a story's XLIFF: tens of KiB); larger ones
   * are decoded as the parser reads them (a live blog's: 19 MB, which as a String would be 31 MB).
   */
  static final int WHOLE = 1 << 20;

  /** As {@link #read(Path)}, the file named {@code name} in messages. */
  static XliffDocument read(String name, Path path) {
    return read(name, path, WHOLE);
  }

  /** As {@link #read(String, Path)}, decoding whole the files up to {@code whole} bytes (the tests' way to stream small ones). */
  static XliffDocument read(String name, Path path, int whole) {
    String tooLarge = "XLIFF files larger than " + (MAX_FILE >> 20) + " MiB are refused (a story's XLIFF is a few hundred KiB)";
    // a large regular file is opened once: sniffed from its first bytes, then decoded as the parser
    // reads it, and read whole from the same opening when something needs it all
    java.nio.channels.FileChannel file = InputFiles.openLarge(path, Math.max(whole, XmlSniffer.FILE_HEAD), MAX_FILE);
    if (file == null) {
      return parse(name, InputFiles.read(path, "an XLIFF file", MAX_FILE, tooLarge), whole);
    }
    try {
      byte[] head = new byte[XmlSniffer.FILE_HEAD];
      if (InputFiles.readAt(file, 0, head, 0, head.length, name) < head.length) { // it shrank since
        return parse(name, InputFiles.readAll(file, name, "an XLIFF file", MAX_FILE, tooLarge), whole);
      }
      return parse(name, XmlSniffer.sniff(name, head, file, () -> InputFiles.readAll(file, name, "an XLIFF file", MAX_FILE, tooLarge)));
    } finally {
      try {
        file.close();
      } catch (java.io.IOException e) {
        // only read from: nothing that closing could lose
      }
    }
  }

  /** Reads XLIFF bytes of either version; {@code name} is used in messages. */
  public static XliffDocument parse(String name, byte[] bytes) {
    return parse(name, bytes, WHOLE);
  }

  private static XliffDocument parse(String name, byte[] bytes, int whole) {
    // a small file decoded whole, once; a large one decoded as read, its first bytes twice
    return parse(name, bytes.length <= whole ? XmlSniffer.whole(name, bytes) : XmlSniffer.sniff(name, bytes));
  }

  /**
   * Reads a sniffed file, an XLIFF 1.2 file as its characters are decoded. Whatever is thrown, a
   * byte that is not valid in the file's charset anywhere in it is the error ({@link
   * XmlSniffer.Sniffed#failure}), as when the file was decoded whole before anything else.
   */
  static XliffDocument parse(String name, XmlSniffer.Sniffed file) {
    return file.read(f -> XmlSniffer.rootNamespace(f).equals(Xliff2Reader.NS)
        ? Xliff2Reader.parse(name, f.text()) : Xliff12Reader.parse(name, f));
  }
}
