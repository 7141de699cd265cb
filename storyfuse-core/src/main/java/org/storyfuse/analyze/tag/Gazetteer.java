package org.storyfuse.analyze.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lists of names the entity tagger reads as features: places (cities, countries, states and
 * provinces), nationalities and job titles from CoreNLP's KBP gazetteer, and person names from
 * CoreNLP's RegexNER patterns — files inside the CoreNLP models jar the product already ships.
 * Why: the taggers are distilled from ~1.5 million words of news, which name only so many people and
 * places; the lists carry what the CRF it replaces knows from its word clusters ("Moscow" is a
 * place even when it "said" something). Entries are kept as 64-bit hashes of their lower-cased words
 * (about 6 MB for ~750,000 entries). Immutable and thread-safe once built.
 */
public final class Gazetteer {

  static final String KBP = "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  static final String PERSONS = "/edu/stanford/nlp/models/ner/regexner.patterns";
  /** Longest entry matched, in tokens. */
  static final int MAX_TOKENS = 4;

  private static volatile Gazetteer shared;

  /** Entry hashes per list name, each sorted. */
  private final Map<String, long[]> lists;

  Gazetteer(Map<String, long[]> lists) {
    this.lists = lists;
  }

  /** The lists read from the CoreNLP models jar, once per JVM (about a second). */
  public static Gazetteer shared() {
    Gazetteer g = shared;
    if (g == null) {
      synchronized (Gazetteer.class) {
        if (shared == null) {
          shared = fromCoreNlpModels();
        }
        g = shared;
      }
    }
    return g;
  }

  static Gazetteer fromCoreNlpModels() {
    Map<String, LongList> lists = new LinkedHashMap<>();
    for (String name : new String[] {"LOC", "NAT", "TITLE", "PER"}) {
      lists.put(name, new LongList());
    }
    read(KBP, cols -> {
      // the KBP file also lists derived forms ("moscow-born") under MISC: only the names themselves
      String list = switch (cols[1]) {
        case "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOCATION".equals(cols[2]) ? "LOC" : null;
        case "NATIONALITY" -> "NAT";
        case "TITLE" -> "TITLE";
        default -> null;
      };
      if (list != null && plain(cols[0])) {
        lists.get(list).add(hash(cols[0]));
      }
    });
    read(PERSONS, cols -> {
      if ("PERSON".equals(cols[1]) && plain(cols[0])) {
        lists.get("PER").add(hash(cols[0]));
      }
    });
    Map<String, long[]> sorted = new LinkedHashMap<>();
    lists.forEach((name, l) -> sorted.put(name, l.sorted()));
    return new Gazetteer(sorted);
  }

  /** Entries that are words, not regular expressions. */
  private static boolean plain(String entry) {
    for (int i = 0; i < entry.length(); i++) {
      char c = entry.charAt(i);
      if ("\\[](){}*+?|^$".indexOf(c) >= 0) {
        return false;
      }
    }
    return !entry.isBlank();
  }

  private interface Row {
    void accept(String[] cols);
  }

  private static void read(String resource, Row row) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer " + resource + " is missing from the classpath (CoreNLP models jar)");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String line;
      while ((line = reader.readLine()) != null) {
        String[] cols = line.split("\t");
        if (cols.length >= 3) {
          row.accept(cols);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + resource + ": " + e.getMessage(), e);
    }
  }

  /** The hash of an entry: its words lower-cased, one space between them. */
  static long hash(String entry) {
    long h = FeatureHash.template(-1);
    boolean space = false;
    boolean started = false;
    for (int i = 0; i < entry.length(); i++) {
      char c = entry.charAt(i);
      if (Character.isWhitespace(c)) {
        space = started;
        continue;
      }
      if (space) {
        h = FeatureHash.mix(h, ' ');
        space = false;
      }
      h = FeatureHash.mix(h, Character.toLowerCase(c));
      started = true;
    }
    return h;
  }

  /**
   * Per token, the lists whose entries cover it, as one code such as "LOC-B" or "PER-B|TITLE-I"
   * (B: the entry starts here, I: it goes on), or null. The longest entry starting at a
   * capitalised token wins for each list; lower-case words start no entry (a title may: "minister").
   */
  String[] marks(String[] words) {
    String[][] perList = new String[lists.size()][];
    int l = 0;
    for (Map.Entry<String, long[]> list : lists.entrySet()) {
      perList[l++] = mark(words, list.getKey(), list.getValue());
    }
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      StringBuilder sb = null;
      for (String[] marks : perList) {
        if (marks[i] != null) {
          sb = sb == null ? new StringBuilder(marks[i]) : sb.append('|').append(marks[i]);
        }
      }
      out[i] = sb == null ? null : sb.toString();
    }
    return out;
  }

  private static String[] mark(String[] words, String name, long[] entries) {
    String[] marks = new String[words.length];
    boolean anyCase = name.equals("TITLE");
    for (int i = 0; i < words.length; ) {
      int matched = 0;
      if (!words[i].isEmpty() && (anyCase || Character.isUpperCase(words[i].charAt(0)))) {
        long h = FeatureHash.template(-1);
        for (int n = 1; n <= MAX_TOKENS && i + n <= words.length; n++) {
          String w = words[i + n - 1];
          if (n > 1) {
            h = FeatureHash.mix(h, ' ');
          }
          for (int k = 0; k < w.length(); k++) {
            h = FeatureHash.mix(h, Character.toLowerCase(w.charAt(k)));
          }
          if (Arrays.binarySearch(entries, h) >= 0) {
            matched = n;
          }
        }
      }
      if (matched == 0) {
        i++;
        continue;
      }
      marks[i] = name + "-B";
      for (int k = 1; k < matched; k++) {
        marks[i + k] = name + "-I";
      }
      i += matched;
    }
    return marks;
  }

  /** A growable list of longs, sorted and de-duplicated at the end. */
  private static final class LongList {
    private long[] values = new long[1 << 16];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long[] sorted() {
      long[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      return Arrays.stream(out).distinct().toArray();
    }
  }
}
