package org.localize.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.localize.diag.LocalizeException;

/**
 * An exclusive lock on a file that several runs read, change and write again (the translation
 * memory of {@code merge --tm} and {@code tm import}): held while the file is read again and
 * written, so that two runs at the same time both land (issue 15: two merges into one memory lost
 * one story's units in 9 of 20 runs).
 *
 * <p>The lock is taken on a companion file, {@code .NAME.lock} beside the file, never on the file
 * itself: the file is replaced by an atomic rename, which would leave a lock on it behind on the old
 * copy. The companion file stays (removing it would let a third run lock a new one while a second
 * still holds the old). Between processes it is an operating-system lock ({@link FileChannel#lock},
 * released if the process dies); between threads of one process, a lock per file.
 */
public final class Locks {
  /** How long a run waits for another before it gives up. */
  static final Duration WAIT = Duration.ofMinutes(2);

  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private Locks() {}

  /** A lock held until closed. */
  public interface Held extends AutoCloseable {
    @Override
    void close();
  }

  /** The companion lock file of {@code file}. */
  static Path lockFile(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.resolveSibling("." + abs.getFileName() + ".lock");
  }

  /**
   * Takes the lock on {@code file}, waiting for another run to release it (up to two minutes);
   * {@code what} names the file in messages ("the memory").
   */
  public static Held exclusive(Path file, String what) {
    Path lock = lockFile(file);
    Path key;
    try {
      key = lock.getParent().toRealPath().resolve(lock.getFileName());
    } catch (IOException e) {
      key = lock;
    }
    ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
    try {
      if (!inProcess.tryLock(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw busy(file, what);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy(file, what);
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      long until = System.nanoTime() + WAIT.toNanos();
      FileLock held;
      while ((held = tryLock(channel)) == null) {
        if (System.nanoTime() > until) {
          throw busy(file, what);
        }
        Thread.sleep(20);
      }
      FileChannel open = channel;
      FileLock taken = held;
      return () -> {
        try {
          taken.release();
          open.close();
        } catch (IOException ignored) {
          // closing the channel releases the lock; the process ending would too
        } finally {
          inProcess.unlock();
        }
      };
    } catch (NoSuchFileException e) {
      release(channel, inProcess);
      throw LocalizeException.input(file.toString(), "", "its folder " + lock.getParent() + " does not exist; create it first"
          + " (nothing was written)");
    } catch (AccessDeniedException e) {
      release(channel, inProcess);
      throw LocalizeException.input(file.toString(), "", "cannot be locked: permission denied for " + lock
          + " (the lock beside " + what + "); nothing was written");
    } catch (IOException e) {
      release(channel, inProcess);
      throw LocalizeException.input(file.toString(), "", "cannot be locked (" + lock + "): " + e.getMessage() + "; nothing was written");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      release(channel, inProcess);
      throw busy(file, what);
    } catch (RuntimeException e) {
      release(channel, inProcess);
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by this process through another channel: wait as for another process
    }
  }

  private static void release(FileChannel channel, ReentrantLock inProcess) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing held
      }
    }
    inProcess.unlock();
  }

  private static LocalizeException busy(Path file, String what) {
    return LocalizeException.input(file.toString(), "", "another localize run has held " + what + " for more than "
        + WAIT.toMinutes() + " minutes (" + lockFile(file) + " is locked); nothing was written: wait for it, or stop it");
  }
}
