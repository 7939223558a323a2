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
   * Refuses when {@code out} is an XLIFF with translated units, or a file that cannot be read as
   * XLIFF at all; a readable XLIFF that holds no translation may be replaced. {@code previous} (may
   * be null) is named in the advice.
   */
  static void refuseToReplace(Path out, Path previous) {
    if (!Files.isRegularFile(out)) {
      return;
    }
    XliffDocument existing;
    try {
      existing = Localizer.readXliff(out);
    } catch (LocalizeException e) {
      // a file the tool cannot read (a DOCTYPE added, half a file) may still hold a translator's
      // work: it is not replaced without --force (issue 15, case 3)
      org.localize.diag.Problem p = e.problems().get(0);
      throw LocalizeException.usage(out + " exists and cannot be read as XLIFF (" + (p.place().isEmpty() ? "" : p.place() + ": ")
          + p.message() + "); it may hold a translator's work, so it is not replaced: to keep it, extract with -o NEW.xlf"
          + (previous == null ? "" : " (not " + out + " itself)") + "; to replace it anyway, --force");
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
