package org.localize.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.localize.diag.LocalizeException;

/**
 * Writes output files so that a reader never sees half a file: the bytes go to a temporary file in
 * the same folder, are flushed to disk, and the temporary file is moved over the target in one
 * atomic step. On any failure the temporary file is removed and the target is left as it was.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes {@code bytes} to {@code target} atomically; refuses to write over any of {@code inputs}. */
  public static void write(Path target, byte[] bytes, Path... inputs) {
    Path absolute = target.toAbsolutePath().normalize();
    for (Path input : inputs) {
      if (input != null && sameFile(absolute, input)) {
        throw LocalizeException.usage(
            "the output " + target + " is also an input; inputs are never overwritten: choose another output with -o");
      }
    }
    Path dir = absolute.getParent();
    Path tmp = null;
    try {
      if (Files.isDirectory(absolute)) {
        throw LocalizeException.input(target.toString(), "", "is a folder; give a file name for the output");
      }
      if (dir != null && !Files.isDirectory(dir)) {
        throw LocalizeException.input(target.toString(), "", "its folder " + dir + " does not exist; create it first");
      }
      tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
          OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
        out.write(bytes);
        out.flush();
        ch.force(true);
      }
      try {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (AccessDeniedException e) {
      throw LocalizeException.input(target.toString(), "", "cannot write here (permission denied); choose another output with -o");
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? e.getMessage() : e.getReason();
      throw LocalizeException.input(target.toString(), "", "cannot be written: " + reason + "; nothing was written");
    } catch (IOException e) {
      throw LocalizeException.input(target.toString(), "", "cannot be written: " + e.getMessage() + "; nothing was written");
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temporary file is hidden and named after the target; nothing more can be done
        }
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.equals(b.toAbsolutePath().normalize());
    }
  }
}
