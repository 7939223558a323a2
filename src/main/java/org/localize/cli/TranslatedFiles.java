package org.localize.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.localize.Localizer;
import org.localize.diag.LocalizeException;
import org.localize.merge.Merger;
import org.localize.xliff.XliffDocument;
import org.localize.xliff.XliffUnit;

/** Keeps extract from replacing a translator's work: an XLIFF that holds translations. */
final class TranslatedFiles {
  private TranslatedFiles() {}

  /**
   * Refuses when {@code out} is an XLIFF with translated units; a file that is not readable XLIFF,
   * or holds no translation, may be replaced. {@code previous} (may be null) is named in the advice.
   */
  static void refuseToReplace(Path out, Path previous) {
    if (!Files.isRegularFile(out)) {
      return;
    }
    XliffDocument existing;
    try {
      existing = Localizer.readXliff(out);
    } catch (LocalizeException e) {
      return; // not a translation file we can read: nothing of a translator's to lose
    }
    long translated = existing.units().stream().filter(TranslatedFiles::translated).count();
    if (translated > 0) {
      throw LocalizeException.usage(out + " already holds " + translated + " translated unit"
          + (translated == 1 ? "" : "s") + "; extracting would replace them. To keep them, extract with "
          + "--previous " + out + " -o NEW.xlf" + (previous == null ? "" : " (not " + out + " itself)")
          + "; to write elsewhere, use -o; to replace it anyway, --force");
    }
  }

  private static boolean translated(XliffUnit u) {
    return Merger.level(u, u.source()) > 0;
  }
}
