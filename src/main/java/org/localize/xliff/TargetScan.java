package org.localize.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.localize.unit.CodePairing;

/**
 * Looks at each unit's target of an XLIFF 1.2 file as the translator wrote it, during the first
 * StAX pass of {@link Xliff12Reader}, for what the content read later no longer shows: paired
 * codes closed out of order ({@link CodePairing}; Okapi's fragment re-pairs {@code <bx/>}/{@code
 * <ex/>} and {@code <bpt>}/{@code <ept>} as it reads them), and segments of the
 * {@code <seg-source>} whose {@code <mrk mtype="seg">} is missing or empty in the target (the
 * segments found are joined, and "One. Two. Three." would merge as "Раз. Два.").
 */
final class TargetScan {
  /** Per unit id: codes out of order, and segments missing or empty. */
  final Map<String, List<String>> codeProblems = new HashMap<>();
  final Map<String, List<String>> segmentProblems = new HashMap<>();

  private String unit;
  private int altTrans;
  private int target; // depth inside the unit's own <target>, 0 outside
  private int segSource; // depth inside <seg-source>
  private List<CodePairing.Event> events;
  /** Per event, the id of its {@code <g>}; null for the other codes. */
  private List<String> gIds;
  /** Whether the target has paired codes other than {@code <g>}. */
  private boolean pairedOther;
  private final ArrayDeque<Integer> gs = new ArrayDeque<>(); // the <g> elements open in the target: their events' indexes
  private int gCount;
  private final Map<String, Boolean> sourceSegments = new LinkedHashMap<>();
  private final Map<String, Boolean> targetSegments = new LinkedHashMap<>();
  private String mid; // the segment being read
  private int midDepth;
  private boolean midContent;

  void event(XMLStreamReader r, int event) {
    if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
      if (mid != null && !midContent && !r.getText().isBlank()) {
        midContent = true;
      }
      return;
    }
    if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
      return;
    }
    if (!Xliff12Reader.NS.equals(r.getNamespaceURI())) {
      if (mid != null && event == XMLStreamConstants.START_ELEMENT) {
        midContent = true;
      }
      return;
    }
    String name = r.getLocalName();
    boolean start = event == XMLStreamConstants.START_ELEMENT;
    if (name.equals("alt-trans")) {
      altTrans += start ? 1 : -1;
      return;
    }
    if (altTrans > 0) {
      return;
    }
    if (name.equals("trans-unit")) {
      if (start) {
        begin(r.getAttributeValue(null, "id"));
      } else {
        end();
      }
      return;
    }
    if (unit == null) {
      return;
    }
    if (start) {
      if (target > 0) {
        target++;
      } else if (segSource > 0) {
        segSource++;
      } else if (name.equals("target")) {
        target = 1;
        events = new ArrayList<>();
        gIds = new ArrayList<>();
        pairedOther = false;
        return;
      } else if (name.equals("seg-source")) {
        segSource = 1;
        return;
      }
    }
    if (target == 0 && segSource == 0) {
      return;
    }
    int depth = target > 0 ? target : segSource;
    if (mid != null && start) {
      midContent = true; // a code is content
    }
    if (name.equals("mrk") && start && mid == null && "seg".equals(r.getAttributeValue(null, "mtype"))) {
      mid = String.valueOf(r.getAttributeValue(null, "mid"));
      midDepth = depth;
      midContent = false;
    } else if (name.equals("mrk") && !start && mid != null && depth == midDepth) {
      (target > 0 ? targetSegments : sourceSegments).putIfAbsent(mid, midContent);
      mid = null;
    } else if (target > 0) {
      codes(r, name, start);
    }
    if (!start) {
      if (target > 0) {
        target--;
      } else {
        segSource--;
      }
    }
  }

  /**
   * Records a paired code of the target. A {@code <g>} is recorded without its label (its id kept
   * beside it, in {@code gIds}): XML nests elements, so a target whose codes are all {@code <g>}
   * has none closed out of order, and its labels are made only when it has other paired codes.
   */
  private void codes(XMLStreamReader r, String name, boolean start) {
    switch (name) {
      case "g" -> {
        if (start) {
          gs.push(events.size());
          events.add(new CodePairing.Event(true, "g" + (++gCount), null));
          gIds.add(r.getAttributeValue(null, "id"));
        } else if (!gs.isEmpty()) {
          int open = gs.pop();
          events.add(new CodePairing.Event(false, events.get(open).key(), null));
          gIds.add(gIds.get(open));
        }
      }
      case "bx" -> paired(r, start, true, "<bx id=\"", "\"/>");
      case "ex" -> paired(r, start, false, "<ex id=\"", "\"/>");
      case "bpt" -> paired(r, start, true, "<bpt id=\"", "\">");
      case "ept" -> paired(r, start, false, "<ept id=\"", "\">");
      default -> { }
    }
  }

  /** Records the start of a {@code <bx/>}, {@code <ex/>}, {@code <bpt>} or {@code <ept>}: its pair by {@code rid}, else {@code id}. */
  private void paired(XMLStreamReader r, boolean start, boolean open, String labelStart, String labelEnd) {
    if (!start) {
      return;
    }
    String id = r.getAttributeValue(null, "id");
    String rid = r.getAttributeValue(null, "rid");
    events.add(new CodePairing.Event(open, "p:" + (rid != null ? rid : id), labelStart + id + labelEnd));
    gIds.add(null);
    pairedOther = true;
  }

  /** The events with the labels of the {@code <g>} made: {@code <g id="1">}, {@code </g> of <g id="1">}. */
  private List<CodePairing.Event> labelled() {
    List<CodePairing.Event> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      CodePairing.Event e = events.get(i);
      String id = gIds.get(i);
      if (e.label() != null) {
        out.add(e);
      } else {
        String label = "<g id=\"" + id + "\">";
        out.add(new CodePairing.Event(e.open(), e.key(), e.open() ? label : "</g> of " + label));
      }
    }
    return out;
  }

  private void begin(String id) {
    unit = id;
    target = 0;
    segSource = 0;
    events = null;
    gIds = null;
    pairedOther = false;
    gs.clear();
    gCount = 0;
    sourceSegments.clear();
    targetSegments.clear();
    mid = null;
  }

  private void end() {
    if (unit == null) {
      return;
    }
    if (events != null && pairedOther) { // <g> alone are nested, as XML elements are
      List<String> p = CodePairing.problems(labelled());
      if (!p.isEmpty()) {
        codeProblems.put(unit, p);
      }
    }
    if (!sourceSegments.isEmpty() && !targetSegments.isEmpty()) {
      List<String> p = new ArrayList<>();
      int n = sourceSegments.size();
      int k = 0;
      for (Map.Entry<String, Boolean> e : sourceSegments.entrySet()) {
        k++;
        if (!e.getValue()) {
          continue; // nothing to translate in it
        }
        Boolean translated = targetSegments.get(e.getKey());
        if (translated == null) {
          p.add("segment " + k + " of " + n + " (mid " + e.getKey() + ") was deleted from the target");
        } else if (!translated) {
          p.add("segment " + k + " of " + n + " (mid " + e.getKey() + ") is empty in the target");
        }
      }
      if (!p.isEmpty()) {
        segmentProblems.put(unit, p);
      }
    }
    unit = null;
  }

  /** The units with what this scan found attached. */
  List<XliffUnit> attach(List<XliffUnit> units) {
    if (codeProblems.isEmpty() && segmentProblems.isEmpty()) {
      return units;
    }
    List<XliffUnit> out = new ArrayList<>(units.size());
    for (XliffUnit u : units) {
      List<String> c = codeProblems.get(u.id());
      List<String> s = segmentProblems.get(u.id());
      out.add(c == null && s == null ? u : u.withProblems(c, s));
    }
    return out;
  }
}
