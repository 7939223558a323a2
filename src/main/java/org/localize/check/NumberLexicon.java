package org.localize.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.localize.locale.LocaleData;

/**
 * A locale's morphological dictionary, read through the schema of its {@code agreement.dictionary}
 * data: a word's readings as word class (noun, adjective, other) and features (cases, numbers,
 * genders, named as the locale file names them), and the readings a counted noun or an agreeing
 * adjective may have after a number, by the number's case and CLDR plural category.
 *
 * <p>The dictionary file (megabytes) is read on the first lookup, never before: a story whose numbers
 * are followed only by words the noun tables know, or by none, never loads it. Then it is shared by
 * every thread; lookups are remembered (bounded).
 */
final class NumberLexicon {

  /** One reading of a word. */
  record Reading(int kind, long features) {
    boolean has(long required) {
      return (features & required) == required;
    }
  }

  static final int NOUN = 1;
  static final int ADJECTIVE = 2;
  static final int OTHER = 4;
  static final int INVARIABLE = 8;
  private static final int NAME = 16;
  /** A preposition, conjunction, determiner: a word after a number that ends any noun phrase. */
  static final int STOP = 32;
  /** A preposition (a {@link #STOP} too): before a year, it makes the number a date (seit 1990). */
  static final int PREPOSITION = 64;

  /** No reading (shared: never written to). */
  static final Reading[] NONE = new Reading[0];

  private final LocaleData.Dictionary data;
  private final Locale lower;
  private final Map<String, Integer> featureBits = new HashMap<>();
  private final Map<String, Long> tokenFeatures = new HashMap<>();
  private final Map<String, Integer> tokenKinds = new HashMap<>();
  private final Map<String, Map<String, long[]>> noun = new HashMap<>();
  private final Map<String, Map<String, long[]>> adjective = new HashMap<>();
  private final Set<String> uncounted = new java.util.HashSet<>();
  /** Features a reading has when it lacks a token ("singular" without "PL"), as feature bit → token. */
  private final Map<Long, String> absent = new HashMap<>();
  /** The bits of the grammatical cases, when the tags carry case: a reading without one is indeclinable. */
  private long caseBits;
  private final ConcurrentHashMap<String, Reading[]> memo = new ConcurrentHashMap<>();
  private final Once<Dictionary> dictionary = new Once<>(this::read);
  private final ThreadLocal<DictionaryLookup> lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary()));

  NumberLexicon(LocaleData.Dictionary data, List<String> cases, Locale locale) {
    this.data = data;
    this.lower = locale;
    data.tags().forEach((feature, tokens) -> {
      int kind = switch (feature) {
        case "noun" -> NOUN;
        case "adjective" -> ADJECTIVE;
        case "other" -> OTHER;
        case "name" -> NAME;
        case "invariable" -> INVARIABLE;
        case "stop" -> STOP;
        case "preposition" -> PREPOSITION | STOP;
        default -> 0;
      };
      for (String token : tokens) {
        if (kind != 0) {
          tokenKinds.merge(token, kind, (a, b) -> a | b);
        } else if (token.startsWith("!")) {
          absent.put(bit(feature), token.substring(1));
        } else {
          tokenFeatures.merge(token, bit(feature), (a, b) -> a | b);
        }
      }
      if (cases.contains(feature) || feature.equals("vocative")) {
        caseBits |= bit(feature); // the vocative is a case the check never asks for, but a case
      }
    });
    compile(data.noun(), noun);
    compile(data.adjective(), adjective);
    data.uncounted().forEach(w -> uncounted.add(key(w)));
  }

  private long bit(String feature) {
    int i = featureBits.computeIfAbsent(feature, f -> featureBits.size());
    if (i >= 64) {
      throw new IllegalStateException("more than 64 features in " + data.resource());
    }
    return 1L << i;
  }

  private void compile(Map<String, Map<String, List<String>>> from, Map<String, Map<String, long[]>> to) {
    from.forEach((c, byCategory) -> {
      Map<String, long[]> m = new LinkedHashMap<>();
      byCategory.forEach((k, readings) -> {
        long[] masks = new long[readings.size()];
        for (int i = 0; i < masks.length; i++) {
          for (String f : readings.get(i).trim().split(" +")) {
            masks[i] |= bit(f);
          }
        }
        m.put(k, masks);
      });
      to.put(c, m);
    });
  }

  LocaleData.Dictionary data() {
    return data;
  }

  /** {@code word} as the tables and the uncounted list key it: folded, lower case. */
  String key(String word) {
    return Text.fold(word).toLowerCase(lower);
  }

  /** Whether {@code word} follows numbers without being counted by them (ru "в 5 утра"). */
  boolean uncounted(String word) {
    return uncounted.contains(key(word));
  }

  /**
   * The readings of {@code word} exactly as written (folded: apostrophes as '): dictionaries list
   * common words as they are written mid-sentence (German nouns capitalised, others in lower case),
   * so a capitalised word found only in lower case is a name or a title, and unknown here.
   * Proper-name readings are dropped. Empty when the dictionary does not know the word.
   */
  Reading[] readings(String word) {
    return LocaleTools.memo(memo, word, () -> lookUp(word));
  }

  private Reading[] lookUp(String word) {
    List<Reading> out = new ArrayList<>();
    List<String> lemmas = new ArrayList<>();
    analyse(word, out, lemmas);
    if (out.isEmpty()) {
      return NONE;
    }
    // a noun whose every lemma has no singular (ru сутки, pl drzwi) takes the plural after any number:
    // 1,5 суток, 1 drzwi; its form says nothing about the count
    Long singular = featureBits.containsKey("singular") ? 1L << featureBits.get("singular") : null;
    if (singular != null && !lemmas.isEmpty() && lemmas.stream().allMatch(l -> pluralOnly(l, singular))) {
      for (int i = 0; i < out.size(); i++) {
        Reading r = out.get(i);
        if ((r.kind() & NOUN) != 0) {
          out.set(i, new Reading(r.kind() | INVARIABLE, r.features()));
        }
      }
    }
    return out.toArray(NONE);
  }

  /** Whether {@code lemma} is a noun with no singular reading. */
  private boolean pluralOnly(String lemma, long singular) {
    List<Reading> readings = new ArrayList<>();
    analyse(lemma, readings, new ArrayList<>());
    boolean noun = false;
    for (Reading r : readings) {
      if ((r.kind() & NOUN) != 0) {
        noun = true;
        if (r.has(singular)) {
          return false;
        }
      }
    }
    return noun;
  }

  /** The readings of {@code word} into {@code out}, and the lemmas of its noun readings into {@code lemmas}. */
  private void analyse(String word, List<Reading> out, List<String> lemmas) {
    List<WordData> found = lookup.get().lookup(word);
    boolean frequency = dictionary().metadata.isFrequencyIncluded();
    List<String[]> tagged = new ArrayList<>(found.size()); // WordData is reused by the next lookup: copy
    for (WordData w : found) {
      CharSequence t = w.getTag();
      if (t != null) {
        tagged.add(new String[] {t.toString(), w.getStem() == null ? "" : w.getStem().toString()});
      }
    }
    for (String[] ts : tagged) {
      String tag = ts[0];
      if (frequency && !tag.isEmpty()) {
        tag = tag.substring(0, tag.length() - 1); // the frequency class, one letter after the tag
      }
      for (String alternative : tag.split("\\+")) { // PoliMorf joins a form's tags with '+'
        Reading reading = reading(alternative);
        if (reading != null) {
          out.add(reading);
          if ((reading.kind() & NOUN) != 0 && !ts[1].isEmpty() && !lemmas.contains(ts[1])) {
            lemmas.add(ts[1]);
          }
        }
      }
    }
  }

  /** One tag: tokens split at ':', ' ' and '.' (a slot's alternatives, PoliMorf's "nom.voc"). */
  private Reading reading(String tag) {
    int kinds = 0;
    long features = 0;
    List<String> tokens = new ArrayList<>(8);
    int start = 0;
    for (int i = 0; i <= tag.length(); i++) {
      if (i == tag.length() || tag.charAt(i) == ':' || tag.charAt(i) == ' ' || tag.charAt(i) == '.') {
        if (i > start) {
          String token = tag.substring(start, i);
          tokens.add(token);
          kinds |= tokenKinds.getOrDefault(token, 0);
          features |= tokenFeatures.getOrDefault(token, 0L);
        }
        start = i + 1;
      }
    }
    if ((kinds & NAME) != 0) {
      return null;
    }
    for (Map.Entry<Long, String> e : absent.entrySet()) {
      if (!tokens.contains(e.getValue())) {
        features |= e.getKey();
      }
    }
    if ((kinds & STOP) != 0) {
      return new Reading((kinds & (STOP | PREPOSITION)) | OTHER, features);
    }
    int kind = (kinds & OTHER) != 0 ? OTHER : (kinds & NOUN) != 0 ? NOUN : (kinds & ADJECTIVE) != 0 ? ADJECTIVE : OTHER;
    if (kind != OTHER && caseBits != 0 && (features & caseBits) == 0) {
      kinds |= INVARIABLE; // a noun or adjective without case: indeclinable (ru кафе)
    }
    return new Reading(kind | (kinds & INVARIABLE), features);
  }

  /** The readings a word of {@code kind} may have after a number of {@code category} in case {@code c}, or null. */
  long[] required(int kind, String c, String category) {
    Map<String, long[]> byCategory = (kind == NOUN ? noun : adjective).get(c);
    return byCategory == null ? null : byCategory.get(category);
  }

  boolean agreeingAdjectives() {
    return !adjective.isEmpty();
  }

  /** Whether {@code readings} include one of {@code kind} that has every feature of one of {@code required}. */
  static boolean fits(Reading[] readings, int kind, long[] required) {
    if (required == null) {
      return false;
    }
    for (Reading r : readings) {
      if ((r.kind() & kind) == 0) {
        continue;
      }
      if ((r.kind() & INVARIABLE) != 0) {
        return true;
      }
      for (long q : required) {
        if (r.has(q)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether any reading is of {@code kind}. */
  static boolean any(Reading[] readings, int kind) {
    for (Reading r : readings) {
      if ((r.kind() & kind) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The readings required, for messages: "genitive plural". */
  String describe(int kind, Iterable<String> cases, String category) {
    Map<String, Map<String, List<String>>> table = kind == NOUN ? data.noun() : data.adjective();
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (String c : cases) {
      out.addAll(table.getOrDefault(c, Map.of()).getOrDefault(category, List.of()));
    }
    return String.join(" or ", out);
  }

  private Dictionary dictionary() {
    return dictionary.get();
  }

  private Dictionary read() {
    URL url = NumberLexicon.class.getClassLoader().getResource(data.resource());
    if (url == null) {
      throw new IllegalStateException(data.resource() + " is not on the class path");
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dictionary " + data.resource(), e);
    }
  }
}
