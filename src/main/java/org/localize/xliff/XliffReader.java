package org.localize.xliff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.localize.diag.LocalizeException;

/**
 * Reads a translated file of either XLIFF version: the root element's namespace decides between
 * {@link Xliff12Reader} and {@link Xliff2Reader}. Both refuse the same unsafe or unfaithful input
 * first ({@link XmlSniffer}: legacy encodings, UTF-16 without BOM, DOCTYPE).
 */
public final class XliffReader {
  private XliffReader() {}

  /** Reads the file at {@code path}. */
  public static XliffDocument read(Path path) {
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        throw LocalizeException.input(path.toString(), "", "is a folder; give an XLIFF file");
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw LocalizeException.input(path.toString(), "", "no such file");
    } catch (IOException e) {
      throw LocalizeException.input(path.toString(), "", "cannot be read: " + e.getMessage());
    }
    return parse(path.toString(), bytes);
  }

  /** Reads XLIFF bytes of either version; {@code name} is used in messages. */
  public static XliffDocument parse(String name, byte[] bytes) {
    String text = XmlSniffer.decode(name, bytes);
    if (XmlSniffer.rootNamespace(text).equals(Xliff2Reader.NS)) {
      return Xliff2Reader.parse(name, text);
    }
    return Xliff12Reader.parse(name, bytes);
  }
}
