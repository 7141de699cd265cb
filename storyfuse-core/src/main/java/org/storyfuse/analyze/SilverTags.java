package org.storyfuse.analyze;

import java.util.ArrayList;
import java.util.List;
import org.storyfuse.model.Article;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.SentenceSplitter;

/**
 * What CoreNLP (RAPID's pipeline, with CoreNLP's own POS tagger) says of an article, sentence by sentence — words, Penn POS tags and
 * BIO entity labels — as training and reference data for the LEAN profile's taggers
 * ({@code storyfuse eval train-taggers}, {@code storyfuse eval taggers}). The sentences are the
 * product's (SentenceSplitter, the analysis length limit), so the taggers learn on what they will
 * read. Thread-safe; loads CoreNLP's RAPID models (a few seconds).
 */
public final class SilverTags {

  /** One sentence as CoreNLP read it. */
  public record TaggedSentence(String[] words, String[] pos, String[] bio) {}

  /** RAPID's CoreNLP pipeline with CoreNLP's own POS tagger: the teacher, never the distilled student. */
  private final CoreNlpReader reader = new CoreNlpReader(Profile.RAPID, null, RecogniserGate.CAPITALS_ONLY);
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  /** The article's analysed sentences, tagged by CoreNLP. */
  public List<TaggedSentence> tag(Article article) {
    List<Sentence> sentences = within(SPLITTER.split(article));
    return sentences.isEmpty() ? List.of() : bySentence(reader.read(sentences, null));
  }

  /** The article's analysed sentences, tagged by the LEAN taggers of {@code lean}. */
  static List<TaggedSentence> tag(Article article, LeanReader lean) {
    List<Sentence> sentences = within(SPLITTER.split(article));
    return sentences.isEmpty() ? List.of() : bySentence(lean.read(sentences));
  }

  /** LEAN's tags of an article, for comparison with {@link #tag(Article)}. */
  public static final class Lean {
    private final LeanReader reader;

    /** The shipped LEAN taggers. */
    public Lean() {
      this.reader = new LeanReader();
    }

    /** Other taggers (freshly trained ones, to measure before they ship). */
    public Lean(org.storyfuse.analyze.tag.PerceptronTagger pos, org.storyfuse.analyze.tag.PerceptronTagger ner) {
      this.reader = new LeanReader(pos, ner);
    }

    public List<TaggedSentence> tag(Article article) {
      return SilverTags.tag(article, reader);
    }
  }

  /** The sentences the analysis reads: those within its length limit, as LengthLimitAnnotator cuts them. */
  private static List<Sentence> within(List<Sentence> sentences) {
    return sentences.subList(0, LengthLimitAnnotator.leading(sentences, Analyzer.MAX_ANALYSED_CHARS));
  }

  private static boolean allPronouns(List<Tok> toks, NerSpan span) {
    for (int i = span.start(); i < span.end() && i < toks.size(); i++) {
      if (!toks.get(i).isPronoun()) {
        return false;
      }
    }
    return true;
  }

  private static List<TaggedSentence> bySentence(Doc doc) {
    List<Tok> toks = doc.tokens();
    String[] bio = new String[toks.size()];
    java.util.Arrays.fill(bio, "O");
    for (NerSpan span : doc.spans()) {
      if (span.timexType() != null || span.tag() == null || allPronouns(toks, span)) {
        continue; // CoreNLP's mentions include "he" and "his" as PERSON; entity extraction drops them
      }
      for (int i = span.start(); i < span.end() && i < bio.length; i++) {
        bio[i] = (i == span.start() ? "B-" : "I-") + span.tag();
      }
    }
    List<TaggedSentence> out = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= toks.size(); i++) {
      if (i == toks.size() || toks.get(i).sentence() != toks.get(from).sentence()) {
        int n = i - from;
        String[] words = new String[n];
        String[] pos = new String[n];
        String[] labels = new String[n];
        for (int k = 0; k < n; k++) {
          Tok t = toks.get(from + k);
          words[k] = t.text();
          pos[k] = t.pos();
          labels[k] = bio[from + k];
        }
        out.add(new TaggedSentence(words, pos, labels));
        from = i;
      }
    }
    return out;
  }
}
