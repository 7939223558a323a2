package org.localize.cli;

import java.nio.file.Path;
import org.localize.Updates;
import org.localize.tm.Memory;

/**
 * The translation memory of a command's --tm, read once for all the stories of a batch (again only
 * if a story of another source language asks for it), from any worker thread.
 */
final class MemoryOnce {
  private final Path tmx;
  private Memory memory;
  private String source;

  MemoryOnce(Path tmx) {
    this.tmx = tmx;
  }

  /** The memory for stories in {@code sourceLocale}; its header must agree (Updates.readMemory). */
  synchronized Memory get(String sourceLocale) {
    if (memory == null || !sourceLocale.equals(source)) {
      memory = Updates.readMemory(tmx, sourceLocale);
      source = sourceLocale;
    }
    return memory;
  }
}
