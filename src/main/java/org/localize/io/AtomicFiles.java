package org.localize.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.localize.diag.LocalizeException;

/**
 * Writes output files so that a reader never sees half a file: the bytes go to a temporary file in
 * the same folder, and the temporary file is moved over the target in one atomic step. On any
 * failure the temporary file is removed and the target is left as it was.
 *
 * <ul>
 *   <li>{@link Durability#SYNCED} flushes the temporary file to disk before the move, so the new
 *       content also survives a power cut. That costs a disk flush per file (about 0.5–1 ms here,
 *       which capped a batch at 1,000–2,000 files/s), so a batch of outputs that can be made again
 *       from their inputs is written {@link Durability#ATOMIC}: never half-written, but a power cut
 *       may lose the newest content.
 *   <li>The temporary file is {@code .NAME.RANDOM.tmp} beside the target. A process killed between
 *       writing it and moving it (kill -9, power loss) leaves it behind; the next write to the same
 *       target removes such leftovers once they are older than {@link #STALE} (a younger one may
 *       belong to a run still going on); a batch's writer looks once per folder instead.
 *   <li>A target that already holds exactly the new bytes is left as it is, time included.
 *   <li>An output that is a symbolic link is written through: the link's final target is replaced
 *       atomically and the link stays a link. A dangling link is refused.
 *   <li>A new output gets the permissions the umask gives (not the temporary file's 0600); a
 *       replaced output keeps its permissions.
 *   <li>An output that is a named pipe or a character device ({@code /dev/null}) is written into,
 *       never replaced by a file; a block device or a socket is refused.
 * </ul>
 */
public final class AtomicFiles {
  /** Age after which a leftover temporary file of the same target is taken as abandoned. */
  public static final Duration STALE = Duration.ofMinutes(1);

  /** Whether a write is flushed to disk before it replaces the target. */
  public enum Durability {
    /** Flushed to disk, then moved into place: survives a power cut. */
    SYNCED,
    /** Moved into place without a flush: atomic for readers and against a killed process. */
    ATOMIC
  }

  /** Single writes: flushed, and each looks for its target's leftovers. */
  private static final AtomicFiles SINGLE = new AtomicFiles(Durability.SYNCED, false);

  private final Durability durability;
  /** Folders already searched for leftovers (a batch lists each folder once, not once per output). */
  private final Set<Path> swept;

  private AtomicFiles(Durability durability, boolean sweepOnce) {
    this.durability = durability;
    this.swept = sweepOnce ? ConcurrentHashMap.newKeySet() : null;
  }

  /**
   * A writer for the outputs of one batch, safe to share between threads: each folder is searched
   * for leftovers of killed runs once, when the batch first writes there.
   */
  public static AtomicFiles forBatch(Durability durability) {
    return new AtomicFiles(durability, true);
  }

  /**
   * Writes {@code bytes} to {@code target} atomically and flushed to disk; refuses to write over any
   * of {@code inputs}. Returns false when the target already held exactly these bytes and was left
   * as it was (its modification time too).
   */
  public static boolean write(Path target, byte[] bytes, Path... inputs) {
    return SINGLE.save(target, bytes, inputs);
  }

  /**
   * Writes {@code bytes} to {@code target} atomically as this writer does; refuses to write over any
   * of {@code inputs}. Returns false when the target already held exactly these bytes and was left
   * as it was.
   */
  public boolean save(Path target, byte[] bytes, Path... inputs) {
    Path absolute = target.toAbsolutePath().normalize();
    refuseInputs(target, absolute, inputs);
    Path tmp = null;
    try {
      Path real = throughLinks(target, absolute);
      Path dir = real.getParent();
      BasicFileAttributes now = attributes(real);
      if (now != null && now.isDirectory()) {
        throw LocalizeException.input(target.toString(), "", "is a folder; give a file name for the output");
      }
      if (now == null && dir != null && !Files.isDirectory(dir)) {
        throw LocalizeException.input(target.toString(), "", "its folder " + dir + " does not exist; create it first");
      }
      if (now != null && now.isOther()) {
        return stream(target, real, bytes);
      }
      if (now != null && holds(real, now, bytes)) {
        return false; // already what it would become: a rewrite would only change its time
      }
      String prefix = "." + real.getFileName() + ".";
      if (swept == null) {
        removeLeftovers(dir, prefix);
      } else if (swept.add(dir)) {
        removeLeftovers(dir, null);
      }
      FileChannel ch = null;
      for (int attempt = 0; ch == null; attempt++) {
        // unique, not secret: the file is created exclusively, so an existing file or link of that
        // name is an error and never opened (and SecureRandom cost a cold start its provider set-up)
        tmp = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
          ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
          tmp = null;
          if (attempt > 10) {
            throw e;
          }
        }
      }
      try (FileChannel open = ch) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          open.write(buf);
        }
        if (durability == Durability.SYNCED) {
          open.force(true);
        }
      }
      if (now != null) {
        keepPermissions(real, tmp);
      }
      try {
        Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
      return true;
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
          // the temporary file is hidden and named after the target; the next write removes it
        }
      }
    }
  }

  /**
   * Writes into an output that is no regular file: a named pipe or a character device (such as
   * {@code /dev/null} or {@code /dev/stdout}) is written into, as a shell redirection would, for it
   * cannot be half-written the way a file can; replacing it by a file (as root, {@code -o /dev/null}
   * replaced the system's /dev/null) never happens. A block device or a socket is refused.
   */
  private static boolean stream(Path given, Path real, byte[] bytes) throws IOException {
    String kind = kind(real);
    if (!kind.equals("pipe") && !kind.equals("character device")) {
      throw LocalizeException.input(given.toString(), "", "is a " + kind + ", not a file; localize writes files, and streams into"
          + " pipes and character devices only: give another output with -o");
    }
    try (FileChannel ch = FileChannel.open(real, StandardOpenOption.WRITE)) { // no CREATE, no TRUNCATE: into it as it is
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    }
    return true;
  }

  /** What a file that is neither regular nor a folder is: pipe, character device, block device, socket. */
  private static String kind(Path p) {
    try {
      int mode = (Integer) Files.getAttribute(p, "unix:mode");
      return switch (mode & 0170000) {
        case 0010000 -> "pipe";
        case 0020000 -> "character device";
        case 0060000 -> "block device";
        case 0140000 -> "socket";
        default -> "special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return "special file";
    }
  }

  /** The file a write to {@code absolute} must replace: the final target of a symbolic link. */
  private static Path throughLinks(Path given, Path absolute) throws IOException {
    if (!Files.isSymbolicLink(absolute)) {
      return absolute;
    }
    if (!Files.exists(absolute)) {
      throw LocalizeException.input(given.toString(), "", "is a symbolic link to " + Files.readSymbolicLink(absolute)
          + ", which does not exist; create the file it points to, or give another output with -o");
    }
    return absolute.toRealPath();
  }

  /** Whether {@code file} is a regular file that holds exactly {@code bytes}. */
  public static boolean holds(Path file, byte[] bytes) {
    try {
      BasicFileAttributes now = attributes(file);
      return now != null && holds(file, now, bytes);
    } catch (IOException e) {
      return false; // a write that follows reports what is wrong with the file
    }
  }

  private static boolean holds(Path file, BasicFileAttributes now, byte[] bytes) throws IOException {
    return now.isRegularFile() && now.size() == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
  }

  /** The attributes of {@code file}, or null when there is no such file. */
  private static BasicFileAttributes attributes(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static void keepPermissions(Path target, Path tmp) throws IOException {
    PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (from != null && to != null && Files.exists(target)) {
      to.setPermissions(from.readAttributes().permissions());
    }
  }

  /**
   * Removes temporary files that a killed run left behind: those of the target whose name starts
   * with {@code prefix}, or with a null prefix those of every file in the folder that has the
   * temporary name of an existing one ({@code .NAME.RANDOM.tmp} beside {@code NAME}).
   */
  private static void removeLeftovers(Path dir, String prefix) {
    FileTime before = FileTime.from(Instant.now().minus(STALE));
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, p -> {
      String n = p.getFileName().toString();
      if (prefix != null) {
        return n.startsWith(prefix) && n.endsWith(".tmp") && n.length() > prefix.length() + 4;
      }
      int random = n.lastIndexOf('.', n.length() - 5);
      return n.startsWith(".") && n.endsWith(".tmp") && random > 1 && random < n.length() - 5
          && n.substring(random + 1, n.length() - 4).chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'z')
          && Files.exists(p.resolveSibling(n.substring(1, random)), LinkOption.NOFOLLOW_LINKS);
    })) {
      for (Path p : s) {
        if (Files.isRegularFile(p) && !Files.isSymbolicLink(p) && Files.getLastModifiedTime(p).compareTo(before) < 0) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException ignored) {
      // cleaning up is a courtesy; the write itself decides success
    }
  }

  /**
   * Refuses an output that is one of the inputs under any spelling (./, .., a symbolic or a hard
   * link): one look at the output, and at the inputs only when it exists.
   */
  private static void refuseInputs(Path target, Path absolute, Path... inputs) {
    BasicFileAttributes out;
    try {
      out = attributes(absolute);
    } catch (IOException e) {
      out = null;
    }
    for (Path input : inputs) {
      if (input != null && (out == null ? absolute.equals(input.toAbsolutePath().normalize()) : sameFile(absolute, out, input))) {
        throw LocalizeException.usage(
            "the output " + target + " is also an input; inputs are never overwritten: choose another output with -o");
      }
    }
  }

  private static boolean sameFile(Path output, BasicFileAttributes out, Path input) {
    try {
      BasicFileAttributes in = attributes(input);
      if (in == null) {
        return false;
      }
      return out.fileKey() != null && in.fileKey() != null ? out.fileKey().equals(in.fileKey()) : Files.isSameFile(output, input);
    } catch (IOException e) {
      return output.equals(input.toAbsolutePath().normalize());
    }
  }
}
