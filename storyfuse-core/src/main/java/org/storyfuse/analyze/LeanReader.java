package org.storyfuse.analyze;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.storyfuse.analyze.tag.BioSpans;
import org.storyfuse.analyze.tag.DocumentConsistency;
import org.storyfuse.analyze.tag.PerceptronTagger;
import org.storyfuse.text.Sentence;

/**
 * LEAN's reading: CoreNLP's tokenizer (the same tokens every profile sees), then the distilled
 * perceptron taggers of {@link org.storyfuse.analyze.tag} for Penn POS tags and the 3-class BIO
 * entity labels, in place of CoreNLP's POS tagger and CRF (~85% of RAPID's time), then one reading
 * per name across the article ({@link DocumentConsistency}). Thread-safe.
 */
final class LeanReader {

  static final String POS_MODEL = "/org/storyfuse/analyze/tag/pos.model";
  static final String NER_MODEL = "/org/storyfuse/analyze/tag/ner.model";

  private final StanfordCoreNLP tokenizer;
  private final PerceptronTagger pos;
  private final PerceptronTagger ner;

  LeanReader() {
    this(PerceptronTagger.pos(TaggerModels.read(POS_MODEL)), PerceptronTagger.ner(TaggerModels.read(NER_MODEL)));
  }

  LeanReader(PerceptronTagger pos, PerceptronTagger ner) {
    this.tokenizer = new StanfordCoreNLP(tokenizerProperties());
    this.pos = pos;
    this.ner = ner;
  }

  /** CoreNLP's tokenize and ssplit exactly as {@link CoreNlpReader} runs them. */
  static Properties tokenizerProperties() {
    Properties p = CoreNlpReader.properties(Profile.RAPID);
    p.setProperty("annotators", "tokenize,ssplit");
    return p;
  }

  /** Tokens with POS tags and entity labels, and the entity spans, of the given sentences. */
  Doc read(List<Sentence> sentences) {
    String text = Doc.textOf(sentences);
    Annotation annotation = new Annotation(text);
    tokenizer.annotate(annotation);
    int[] starts = CoreNlpReader.sentenceStarts(sentences);
    List<CoreMap> lines = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<String[]> words = new ArrayList<>(lines.size());
    List<String[]> tags = new ArrayList<>(lines.size());
    List<String[]> labels = new ArrayList<>(lines.size());
    for (CoreMap line : lines) {
      String[] w = CoreNlpReader.words(line.get(CoreAnnotations.TokensAnnotation.class), text);
      String[] t = pos.tag(w);
      words.add(w);
      tags.add(t);
      labels.add(ner.tag(w, t));
    }
    DocumentConsistency.apply(words, labels);

    List<Tok> toks = new ArrayList<>();
    List<NerSpan> spans = new ArrayList<>();
    for (int s = 0; s < lines.size(); s++) {
      List<CoreLabel> tokens = lines.get(s).get(CoreAnnotations.TokensAnnotation.class);
      String[] bio = labels.get(s);
      int first = toks.size();
      BioSpans.forEach(bio, (from, to, type) -> spans.add(new NerSpan(first + from, first + to, type, null, null)));
      for (int i = 0; i < bio.length; i++) {
        CoreLabel t = tokens.get(i);
        toks.add(new Tok(toks.size(), words.get(s)[i], tags.get(s)[i], bio[i].equals("O") ? "O" : bio[i].substring(2),
            t.beginPosition(), t.endPosition(), sentences.get(CoreNlpReader.sentenceAt(starts, t.beginPosition())).index()));
      }
    }
    return new Doc(sentences, toks, spans);
  }
}
