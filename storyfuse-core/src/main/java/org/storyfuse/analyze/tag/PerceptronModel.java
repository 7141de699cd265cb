package org.storyfuse.analyze.tag;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained perceptron, frozen for reading: per feature hash, the classes it votes for with their
 * (averaged) weights, in an open-addressing table — one probe and a few adds per feature, no boxing.
 * Also holds the tag dictionary (normalised words seen often enough with one tag that the tagger
 * takes that tag without scoring) and the lexicon (words and the label they mostly had, which the
 * NER templates read as a feature). Immutable and thread-safe.
 */
public final class PerceptronModel {

  private static final int MAGIC = 0x53465450; // "SFTP"
  private static final int VERSION = 2;

  private final String templates;
  private final String[] classes;
  private final Map<String, Integer> tagDictionary;
  private final Map<String, String> lexicon;
  private final long[] keys; // 0 = empty slot
  private final int[] starts; // into classIds/weights; entry i spans [starts[i], starts[i+1]) of its slot's run
  private final int[] ends;
  private final short[] classIds;
  private final float[] weights;
  private final int mask;

  /**
   * @param lexicon  words as written and the label they mostly had in training (a feature of
   *                  the NER templates); empty for none
   * @param features per feature hash, its weight for each class (0 where it has none)
   */
  PerceptronModel(String templates, List<String> classes, Map<String, Integer> tagDictionary,
      Map<String, String> lexicon, Map<Long, float[]> features) {
    this.templates = templates;
    this.classes = classes.toArray(String[]::new);
    this.tagDictionary = Map.copyOf(tagDictionary);
    this.lexicon = Map.copyOf(lexicon);
    int capacity = Integer.highestOneBit(Math.max(4, features.size() * 2 - 1)) << 1;
    this.keys = new long[capacity];
    this.starts = new int[capacity];
    this.ends = new int[capacity];
    this.mask = capacity - 1;
    int entries = 0;
    for (float[] w : features.values()) {
      for (float x : w) {
        entries += x != 0f ? 1 : 0;
      }
    }
    this.classIds = new short[entries];
    this.weights = new float[entries];
    // insertion in hash order keeps the layout (and so a written file) independent of map order
    long[] sorted = features.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    int at = 0;
    for (long key : sorted) {
      float[] w = features.get(key);
      int slot = slotFor(nonZero(key));
      keys[slot] = nonZero(key);
      starts[slot] = at;
      for (int c = 0; c < w.length; c++) {
        if (w[c] != 0f) {
          classIds[at] = (short) c;
          weights[at++] = w[c];
        }
      }
      ends[slot] = at;
    }
  }

  private static long nonZero(long key) {
    return key == 0 ? 1 : key;
  }

  private int slotFor(long key) {
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Adds the weights of {@code count} features to {@code scores} (one per class). */
  void score(long[] features, int count, float[] scores) {
    for (int f = 0; f < count; f++) {
      long key = nonZero(features[f]);
      int slot = (int) (key ^ (key >>> 32)) & mask;
      long k;
      while ((k = keys[slot]) != 0) {
        if (k == key) {
          for (int e = starts[slot], end = ends[slot]; e < end; e++) {
            scores[classIds[e]] += weights[e];
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  /** The class a normalised word always takes, or -1. */
  int fixedClass(String norm) {
    Integer c = tagDictionary.get(norm);
    return c == null ? -1 : c;
  }

  boolean hasLexicon() {
    return !lexicon.isEmpty();
  }

  /** The word's lexicon label, or null. */
  String lexiconEntry(String word) {
    return lexicon.get(word);
  }

  String className(int c) {
    return classes[c];
  }

  int classCount() {
    return classes.length;
  }

  List<String> classes() {
    return List.of(classes);
  }

  String templates() {
    return templates;
  }

  /** Features with at least one weight. */
  int featureCount() {
    int n = 0;
    for (long k : keys) {
      n += k != 0 ? 1 : 0;
    }
    return n;
  }

  /** Writes the model (gzip). The layout is deterministic for the same weights. */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream data = new DataOutputStream(gz);
    data.writeInt(MAGIC);
    data.writeInt(VERSION);
    data.writeUTF(templates);
    data.writeInt(classes.length);
    for (String c : classes) {
      data.writeUTF(c);
    }
    String[] words = tagDictionary.keySet().toArray(String[]::new);
    Arrays.sort(words);
    data.writeInt(words.length);
    for (String w : words) {
      data.writeUTF(w);
      data.writeShort(tagDictionary.get(w));
    }
    String[] entries = lexicon.keySet().toArray(String[]::new);
    Arrays.sort(entries);
    data.writeInt(entries.length);
    for (String w : entries) {
      data.writeUTF(w);
      data.writeUTF(lexicon.get(w));
    }
    long[] sorted = Arrays.stream(keys).filter(k -> k != 0).sorted().toArray();
    data.writeInt(sorted.length);
    for (long key : sorted) {
      int slot = slotFor(key);
      data.writeLong(key);
      if (ends[slot] - starts[slot] > 255) {
        throw new IOException("more than 255 classes per feature");
      }
      data.writeByte(ends[slot] - starts[slot]);
      for (int e = starts[slot]; e < ends[slot]; e++) {
        data.writeShort(classIds[e]);
        data.writeFloat(weights[e]);
      }
    }
    data.flush();
    gz.finish();
  }

  /** Reads a model {@link #write} wrote; refuses anything else with a clear message. */
  public static PerceptronModel read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
    if (data.readInt() != MAGIC) {
      throw new IOException("not a Storyfuse tagger model");
    }
    int version = data.readInt();
    if (version != VERSION) {
      throw new IOException("tagger model version " + version + ", expected " + VERSION);
    }
    String templates = data.readUTF();
    int classCount = data.readInt();
    String[] classes = new String[classCount];
    for (int i = 0; i < classCount; i++) {
      classes[i] = data.readUTF();
    }
    int words = data.readInt();
    Map<String, Integer> dictionary = new HashMap<>(words * 2);
    for (int i = 0; i < words; i++) {
      dictionary.put(data.readUTF(), (int) data.readShort());
    }
    int lexiconSize = data.readInt();
    Map<String, String> lexicon = new HashMap<>(lexiconSize * 2);
    for (int i = 0; i < lexiconSize; i++) {
      lexicon.put(data.readUTF(), data.readUTF());
    }
    int featureCount = data.readInt();
    Map<Long, float[]> features = new HashMap<>(featureCount * 2);
    for (int i = 0; i < featureCount; i++) {
      long key = data.readLong();
      int n = data.readUnsignedByte();
      float[] w = new float[classCount];
      for (int e = 0; e < n; e++) {
        w[data.readShort()] = data.readFloat();
      }
      features.put(key, w);
    }
    return new PerceptronModel(templates, List.of(classes), dictionary, lexicon, features);
  }
}
