package org.localize.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.localize.diag.LocalizeException;

/** Reads input files whole, refusing folders and files too large to be what they claim. */
public final class InputFiles {
  private InputFiles() {}

  /**
   * The bytes of {@code path}; {@code what} names the kind of file in messages ("a story JSON
   * file"), {@code maxBytes} is the largest size accepted and {@code tooLarge} says why (ends the
   * message about a larger file).
   */
  public static byte[] read(Path path, String what, long maxBytes, String tooLarge) {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw LocalizeException.input(name, "", "is a folder; give " + what);
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw LocalizeException.input(name, "", "is " + (size / (1024 * 1024)) + " MiB; " + tooLarge);
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw LocalizeException.input(name, "", "no such file");
    } catch (IOException e) {
      throw LocalizeException.input(name, "", "cannot be read: " + e.getMessage());
    }
  }
}
