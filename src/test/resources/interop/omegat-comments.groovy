// Run by OmegaT's console mode (--script) once the project is loaded: prints, for each segment it
// loaded, the comment it shows beside the segment in its Comments pane (for XLIFF: the unit's
// resname and its notes). OmegaTAnnotateTest reads these lines.
def project = org.omegat.core.Core.getProject()
if (project == null || !project.isProjectLoaded()) {
  return
}
project.getAllEntries().each { e ->
  def comment = e.getComment() == null ? "" : e.getComment().replace("\r", "").replace("\n", " // ")
  println "OMEGAT-SEGMENT " + e.getSrcText().length() + " | " + comment
}
