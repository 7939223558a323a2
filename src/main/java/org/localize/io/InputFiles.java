package org.localize.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import org.localize.diag.LocalizeException;

/**
 * Reads input files whole, refusing folders and files too large to be what they claim.
 *
 * <p>The cap holds for every kind of file: a regular file larger than the cap is refused before it
 * is read, and the read itself stops one byte past the cap, so a file that grows meanwhile, a named
 * pipe, a device ({@code /dev/zero}, whose size is 0) or standard input never fills the memory. An
 * input that is not a regular file and starts with binary data (a NUL byte in its first 64 KiB, with
 * no UTF-16 or UTF-32 byte order mark) is refused at once rather than read up to the cap.
 */
public final class InputFiles {
  private InputFiles() {}

  /** How much of a pipe or device is looked at before deciding it holds binary data. */
  static final int SNIFF = 64 * 1024;

  /**
   * The bytes of {@code path}; {@code what} names the kind of file in messages ("a story JSON
   * file"), {@code maxBytes} is the largest size accepted and {@code tooLarge} says why (ends the
   * message about a larger file).
   */
  public static byte[] read(Path path, String what, long maxBytes, String tooLarge) {
    String name = path.toString();
    try {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      if (a.isDirectory()) {
        throw LocalizeException.input(name, "", "is a folder; give " + what);
      }
      if (a.isRegularFile() && a.size() > maxBytes) {
        throw tooLarge(name, a.size(), tooLarge);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return read(in, name, what, maxBytes, tooLarge, !a.isRegularFile(), a.isRegularFile() ? a.size() : 0);
      }
    } catch (NoSuchFileException e) {
      throw LocalizeException.input(name, "", "no such file");
    } catch (AccessDeniedException e) {
      throw LocalizeException.input(name, "", "cannot be read (permission denied)");
    } catch (IOException e) {
      throw LocalizeException.input(name, "", "cannot be read: " + e.getMessage());
    }
  }

  /**
   * {@code path} opened for reading when it is a regular file of more than {@code n} bytes and at
   * most {@code maxBytes}, for a reader that takes it as it goes, never holding it whole; else null,
   * and {@link #read(Path, String, long, String)} reads it (or says why it cannot). The caller closes it.
   */
  public static java.nio.channels.FileChannel openLarge(Path path, long n, long maxBytes) {
    try {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      if (!a.isRegularFile() || a.size() <= n || a.size() > maxBytes) {
        return null;
      }
      return java.nio.channels.FileChannel.open(path);
    } catch (IOException e) {
      return null; // read(...) meets it again and says what is wrong
    }
  }

  /**
   * Bytes of {@code file} from its byte {@code from} into {@code buf[off, off + len)}, until that is
   * full or the file ends: how many. Positional reads, which leave the channel's position alone.
   */
  public static int readAt(java.nio.channels.FileChannel file, long from, byte[] buf, int off, int len, String name) {
    java.nio.ByteBuffer into = java.nio.ByteBuffer.wrap(buf, off, len);
    try {
      for (long at = from; into.hasRemaining(); ) {
        int r = file.read(into, at);
        if (r < 0) {
          break;
        }
        at += r;
      }
    } catch (IOException e) {
      throw LocalizeException.input(name, "", "cannot be read: " + e.getMessage());
    }
    return into.position() - off;
  }

  /** All the bytes of {@code file} (opened by {@link #openLarge}), under the cap of {@link #read(Path, String, long, String)}. */
  public static byte[] readAll(java.nio.channels.FileChannel file, String name, String what, long maxBytes, String tooLarge) {
    try {
      // the channel's own position: the other readings of the file read by position and leave it alone
      file.position(0);
      return read(java.nio.channels.Channels.newInputStream(file), name, what, maxBytes, tooLarge, false, file.size());
    } catch (IOException e) {
      throw LocalizeException.input(name, "", "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Reads a stream that is not a regular file (standard input, a pipe) under the same cap;
   * {@code name} names it in messages.
   */
  public static byte[] read(InputStream in, String name, String what, long maxBytes, String tooLarge) {
    try {
      return read(in, name, what, maxBytes, tooLarge, true, 0);
    } catch (IOException e) {
      throw LocalizeException.input(name, "", "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Reads {@code in} under the cap; {@code size} is the size of a regular file (0 when unknown): its
   * bytes are read into an array of that size, so that a 19 MB file is not read through arrays
   * doubled from 64 KiB and copied once more to its size (each a collection's work at a small heap).
   */
  private static byte[] read(InputStream in, String name, String what, long maxBytes, String tooLarge, boolean sniff,
      long size) throws IOException {
    int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
    byte[] buf = new byte[(int) Math.min(cap + 1L, size > 0 ? size : 64 * 1024)];
    int n = 0;
    boolean sniffed = !sniff;
    while (true) {
      if (n == buf.length) {
        if (n > cap) {
          break;
        }
        if (n == size) { // the size the file had: one byte more before growing, for a file that grew since
          int next = in.read();
          if (next < 0) {
            break;
          }
          buf = grow(buf, cap);
          buf[n++] = (byte) next;
          continue;
        }
        buf = grow(buf, cap);
      }
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        break;
      }
      n += r;
      if (!sniffed && (n >= SNIFF || n >= buf.length)) {
        sniffed = true;
        refuseBinary(buf, n, name, what);
      }
    }
    if (!sniffed) {
      refuseBinary(buf, n, name, what);
    }
    if (n > cap) {
      throw LocalizeException.input(name, "", "holds more than " + (maxBytes >> 20) + " MiB; " + tooLarge);
    }
    return n == buf.length ? buf : Arrays.copyOf(buf, n);
  }

  /** {@code buf} doubled (at least 64 KiB), to hold no more than one byte over {@code cap}. */
  private static byte[] grow(byte[] buf, int cap) {
    return Arrays.copyOf(buf, (int) Math.min(cap + 1L, Math.max(64 * 1024L, 2L * buf.length)));
  }

  private static LocalizeException tooLarge(String name, long size, String why) {
    return LocalizeException.input(name, "", "is " + (size / (1024 * 1024)) + " MiB; " + why);
  }

  /** Refuses data with a NUL byte in its first {@link #SNIFF} bytes unless it starts with a UTF-16/32 BOM. */
  private static void refuseBinary(byte[] b, int n, String name, String what) {
    boolean wide = n >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
        || n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF;
    if (wide) {
      return;
    }
    for (int i = 0; i < Math.min(n, SNIFF); i++) {
      if (b[i] == 0) {
        throw LocalizeException.input(name, "", "holds binary data (a NUL byte at offset " + i + "), not " + what
            + "; is this the right file?");
      }
    }
  }
}
