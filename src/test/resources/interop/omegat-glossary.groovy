// Run by OmegaT's console mode (--script) once the project is loaded: loads the project's
// glossary/ folder with OmegaT's own GlossaryManager (its choice of reader by file name, its
// TSV reader), then prints, for each segment, the glossary entries OmegaT's Glossary pane lists
// for it: the entries whose source words the segment holds, by the project's source tokenizer, as
// FindGlossaryThread matches them. Console mode builds no glossary pane, so the manager is made
// here with none (its refresh of the pane fails after the entries are stored).
// OmegaTGlossaryTest reads these lines.
import org.omegat.core.Core
import org.omegat.gui.glossary.GlossaryManager
import org.omegat.tokenizer.DefaultTokenizer
import org.omegat.tokenizer.ITokenizer

def project = Core.getProject()
if (project == null || !project.isProjectLoaded()) {
  return
}
def props = project.getProjectProperties()
def manager = new GlossaryManager(null)
manager.priorityGlossary = new File(props.getWriteableGlossary())
new File(props.getGlossaryRoot()).listFiles().sort { it.name }.each { f ->
  try {
    manager.fileChanged(f)
  } catch (NullPointerException e) {
    // the glossary pane it refreshes last: there is none in console mode
  }
}
println "OMEGAT-GLOSSARY-ENTRIES " + manager.search("").size()
def tokenizer = project.getSourceTokenizer()
def locale = props.getSourceLanguage().getLocale()
def words = { String s -> tokenizer.tokenizeWords(s.toLowerCase(locale), ITokenizer.StemmingMode.GLOSSARY) }
project.getAllEntries().each { e ->
  def segment = words(e.getSrcText())
  manager.getGlossaryEntries(e.getSrcText()).findAll { g -> DefaultTokenizer.isContainsAll(segment, words(g.getSrcText()), true) }.each { g ->
    println "OMEGAT-TERM " + e.entryNum() + " | " + g.getSrcText() + " | " + g.getLocText() + " | " + g.getCommentText()
  }
}
