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
    return parse(path.toString(), InputFiles.read(path, "an XLIFF file", MAX_FILE,
        "XLIFF files larger than " + (MAX_FILE >> 20) + " MiB are refused (a story's XLIFF is a few hundred KiB)"));
  }

  /** Reads XLIFF bytes of either version; {@code name} is used in messages. */
  public static XliffDocument parse(String name, byte[] bytes) {
    String text = XmlSniffer.decode(name, bytes);
    if (XmlSniffer.rootNamespace(text).equals(Xliff2Reader.NS)) {
      return Xliff2Reader.parse(name, text);
    }
    return Xliff12Reader.parseText(name, text);
  }
}
