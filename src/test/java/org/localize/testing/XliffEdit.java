package org.localize.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Plays the translator on an XLIFF 1.2 file: edits targets through the DOM and writes it back. */
public final class XliffEdit {
  public static final String NS = "urn:oasis:names:tc:xliff:document:1.2";

  private final Document doc;

  private XliffEdit(Document doc) {
    this.doc = doc;
  }

  public static XliffEdit of(byte[] xliff) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return new XliffEdit(f.newDocumentBuilder().parse(new ByteArrayInputStream(xliff)));
    } catch (Exception e) {
      throw new IllegalArgumentException("cannot parse the XLIFF: " + e.getMessage(), e);
    }
  }

  /** The {@code <trans-unit>}s in file order. */
  public List<Element> units() {
    NodeList nl = doc.getElementsByTagNameNS(NS, "trans-unit");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  public static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** Every unit's target becomes a copy of its source, with {@code state}. */
  public XliffEdit copySourceToTarget(String state) {
    String lang = ((Element) doc.getElementsByTagNameNS(NS, "file").item(0)).getAttribute("target-language");
    for (Element unit : units()) {
      Element source = child(unit, "source");
      Element old = child(unit, "target");
      Element target = doc.createElementNS(NS, "target");
      target.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", lang);
      target.setAttribute("state", state);
      for (Node n = source.getFirstChild(); n != null; n = n.getNextSibling()) {
        target.appendChild(n.cloneNode(true));
      }
      if (old != null) {
        unit.replaceChild(target, old);
      } else {
        unit.insertBefore(target, source.getNextSibling());
      }
    }
    return this;
  }

  /** Calls {@code edit} with each unit's target (units without a target are skipped). */
  public XliffEdit eachTarget(Consumer<Element> edit) {
    for (Element unit : units()) {
      Element t = child(unit, "target");
      if (t != null) {
        edit.accept(t);
      }
    }
    return this;
  }

  /** The unit with {@code id}; fails when there is none. */
  public Element unit(String id) {
    return units().stream().filter(u -> u.getAttribute("id").equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no trans-unit " + id));
  }

  public Document document() {
    return doc;
  }

  /** The document as UTF-8 bytes. */
  public byte[] bytes() {
    try {
      var t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(doc), new StreamResult(out));
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
