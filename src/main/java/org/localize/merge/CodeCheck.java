package org.localize.merge;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.localize.unit.Content;
import org.localize.unit.Content.Code;
import org.localize.unit.Content.CodeKind;

/**
 * Checks that a translation keeps the source's inline codes: each exactly once, none added, every
 * pair opened before it is closed; and that a MessageFormat translation is well-formed, keeps the
 * source's arguments and uses plural categories the target language has.
 */
final class CodeCheck {
  private CodeCheck() {}

  /** What is wrong with the codes of {@code target}; empty when nothing is. */
  static List<String> codes(Content source, Content target) {
    Map<String, Code> expected = new LinkedHashMap<>();
    for (Code c : source.codes()) {
      expected.put(key(c), c);
    }
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<Integer> opened = new HashSet<>();
    for (Code c : target.codes()) {
      String key = key(c);
      Code original = expected.get(key);
      if (original == null) {
        problems.add("has an inline code that the source does not have (" + describe(c) + "); remove it");
      } else if (!seen.add(key)) {
        problems.add("repeats the inline code " + original.display() + " (id " + c.id() + "); keep it once");
      } else if (c.kind() == CodeKind.OPEN) {
        opened.add(c.id());
      } else if (c.kind() == CodeKind.CLOSE && !opened.contains(c.id()) && expected.containsKey("OPEN:" + c.id())) {
        problems.add("closes " + original.display() + " (id " + c.id() + ") before opening it; put the pair back in order");
      }
    }
    for (Map.Entry<String, Code> e : expected.entrySet()) {
      if (!seen.contains(e.getKey())) {
        problems.add("lacks the inline code " + e.getValue().display() + " (id " + e.getValue().id() + "); put it back");
      }
    }
    return problems;
  }

  private static String key(Code c) {
    return c.kind() + ":" + c.id();
  }

  private static String describe(Code c) {
    return switch (c.kind()) {
      case OPEN -> "opening code id " + c.id();
      case CLOSE -> "closing code id " + c.id();
      case PLACEHOLDER -> "placeholder id " + c.id();
    };
  }

  /** What is wrong with a MessageFormat translation; empty when nothing is. */
  static List<String> messageFormat(String source, String target, ULocale targetLocale) {
    MessagePattern tp;
    try {
      tp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(target);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return List.of("is not valid ICU MessageFormat (" + e.getMessage() + "); check its braces and apostrophes");
    }
    MessagePattern sp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(source);
    List<String> problems = new ArrayList<>();
    Set<String> sourceArgs = argumentNames(sp);
    Set<String> targetArgs = argumentNames(tp);
    if (!sourceArgs.equals(targetArgs)) {
      problems.add("has the arguments " + targetArgs + " where the source has " + sourceArgs + "; keep the source's arguments");
    }
    Map<PluralRules.PluralType, Set<String>> categories = new HashMap<>();
    for (int i = 0; i < tp.countParts(); i++) {
      MessagePattern.Part part = tp.getPart(i);
      if (part.getType() != MessagePattern.Part.Type.ARG_START) {
        continue;
      }
      MessagePattern.ArgType type = part.getArgType();
      if (type != MessagePattern.ArgType.PLURAL && type != MessagePattern.ArgType.SELECTORDINAL) {
        continue;
      }
      PluralRules.PluralType pluralType =
          type == MessagePattern.ArgType.PLURAL ? PluralRules.PluralType.CARDINAL : PluralRules.PluralType.ORDINAL;
      Set<String> allowed = categories.computeIfAbsent(pluralType,
          t -> new TreeSet<>(PluralRules.forLocale(targetLocale, t).getKeywords()));
      int limit = tp.getLimitPartIndex(i);
      for (int k = i + 1; k < limit; k++) {
        MessagePattern.Part p = tp.getPart(k);
        if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
          String keyword = tp.getSubstring(p);
          if (!keyword.startsWith("=") && !allowed.contains(keyword)) {
            problems.add("uses the plural category '" + keyword + "', which " + targetLocale.getDisplayLanguage(ULocale.ENGLISH)
                + " does not have; use " + allowed);
          }
        }
      }
    }
    return problems;
  }

  private static Set<String> argumentNames(MessagePattern p) {
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < p.countParts(); i++) {
      MessagePattern.Part part = p.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_NAME || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
        names.add(p.getSubstring(part));
      }
    }
    return names;
  }
}
