package org.storyfuse.analyze;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.storyfuse.text.Sentence;

/**
 * Runs CoreNLP over pre-split sentences (one a line, {@code ssplit.eolonly}) so that sentence
 * numbering stays SentenceSplitter's, with the publication date as SUTime's reference. One
 * pipeline, loaded once, configured by the profile ({@link #properties}); {@link
 * StanfordCoreNLP#annotate} is safe to call from several threads. RAPID's pipeline runs without
 * SUTime: its time expressions come from the next step in its chain, {@link TimeRulesAnnotator}.
 */
final class CoreNlpReader {

  private static final String NER_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private final StanfordCoreNLP pipeline;
  /** The POS tagger when it is not CoreNLP's (RAPID: the distilled perceptron), else null. */
  private final org.storyfuse.analyze.tag.PerceptronTagger pos;
  /**
   * With a tagger of our own: CoreNLP's recogniser, run apart from the tokenizer on the sentences
   * that may name something ({@link NamelessSentences}); null when the pipeline runs it on all.
   */
  private final StanfordCoreNLP recogniser;
  /** Which sentences the recogniser reads, when it runs apart. */
  private final RecogniserGate gate;

  /** With CoreNLP's own POS tagger. */
  CoreNlpReader(Profile profile) {
    this(profile, null, RecogniserGate.CAPITALS_ONLY);
  }

  /**
   * @param pos tags the tokens in place of CoreNLP's tagger, or null for CoreNLP's own. The 3-class
   *            CRF does not read POS tags (run with and without CoreNLP's tagger it labelled 42,547
   *            of 42,551 MultiLing tokens alike), so only the rules that read tags see the change.
   */
  CoreNlpReader(Profile profile, org.storyfuse.analyze.tag.PerceptronTagger pos, RecogniserGate gate) {
    this.pos = pos;
    this.gate = gate;
    Properties p = properties(profile);
    if (pos != null) {
      p.setProperty("annotators", p.getProperty("annotators").replace(",pos", "").replace(",ner", ""));
      p.setProperty("enforceRequirements", "false");
      Properties ner = properties(profile);
      ner.setProperty("annotators", "ner");
      ner.setProperty("enforceRequirements", "false");
      this.recogniser = new StanfordCoreNLP(ner);
    } else {
      this.recogniser = null;
    }
    this.pipeline = new StanfordCoreNLP(p);
  }

  static Properties properties(Profile profile) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ssplit.eolonly", "true");
    // Keep odd characters instead of logging one warning per character (bad input stays quiet).
    p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyNumericClassifiers", "true");
    // One thread per annotate call: parallelism comes from annotating articles side by side.
    p.setProperty("ner.nthreads", "1");
    if (profile == Profile.FAST || profile == Profile.RAPID) {
      p.setProperty("ner.model", NER_3CLASS);
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.buildEntityMentions", "true");
    }
    if (profile == Profile.RAPID) {
      // SUTime inside `ner` tries every rule at every token and was ~80% of FAST's time: TimeRules reads
      // times, in the chain's next step (TimeRulesAnnotator).
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyNumericClassifiers", "false");
      // Nothing reads lemmas (the 3-class CRF does not, SUTime and the fine-grained rules are off):
      // CoreNLP lists lemma as a requirement of ner all the same, hence the check turned off.
      p.setProperty("annotators", "tokenize,ssplit,pos,ner");
      p.setProperty("enforceRequirements", "false");
    }
    return p;
  }

  /** The tagger's POS tags of each sentence's words. */
  private List<String[]> tagsBySentence(List<String[]> wordsBySentence) {
    List<String[]> out = new ArrayList<>(wordsBySentence.size());
    for (String[] words : wordsBySentence) {
      out.add(pos.tag(words));
    }
    return out;
  }

  /** Every token's tag, in document order. */
  private static String[] flat(List<String[]> tagsBySentence) {
    List<String> out = new ArrayList<>();
    tagsBySentence.forEach(t -> out.addAll(List.of(t)));
    return out.toArray(String[]::new);
  }

  /** Each sentence's words, read once for the tagger and the recogniser's choice of sentences. */
  private static List<String[]> wordsBySentence(Annotation annotation, String text) {
    List<String[]> out = new ArrayList<>();
    for (CoreMap line : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      out.add(words(line.get(CoreAnnotations.TokensAnnotation.class), text));
    }
    return out;
  }

  /** The tokens' words as the text has them (what the distilled taggers read). */
  static String[] words(List<CoreLabel> tokens, String text) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = text.substring(tokens.get(i).beginPosition(), tokens.get(i).endPosition());
    }
    return words;
  }

  /** Where each sentence starts in {@link Doc#textOf} of the sentences. */
  static int[] sentenceStarts(List<Sentence> sentences) {
    int[] starts = new int[sentences.size()];
    int at = 0;
    for (int i = 0; i < sentences.size(); i++) {
      starts[i] = at;
      at += sentences.get(i).text().length() + 1;
    }
    return starts;
  }

  /** The position (in the list) of the sentence holding character {@code offset}. */
  static int sentenceAt(int[] starts, int offset) {
    int pos = java.util.Arrays.binarySearch(starts, offset);
    return pos >= 0 ? pos : Math.max(0, -pos - 2);
  }

  /**
   * Runs the recogniser over the tokenized annotation's sentences that may name something: their
   * tokens (shared with the annotation) get their labels in place, the others stay unlabelled ("O").
   * The recogniser reads one sentence at a time, so a sentence's labels do not depend on which
   * others it reads. Sentences the gate thinks nameless are read after all when a capitalised word
   * of theirs is part of a name the recogniser found elsewhere in the article ("Ilves is due to
   * meet …" after "Marta Ilves said …"): a name is read the same way across the article. Returns
   * the entity mentions found, in document order.
   */
  private List<CoreMap> recognise(Annotation tokenized, String text, List<String[]> wordsBySentence,
      List<String[]> tagsBySentence, LocalDate docDate) {
    List<CoreMap> sentences = tokenized.get(CoreAnnotations.SentencesAnnotation.class);
    List<Integer> read = new ArrayList<>();
    List<Integer> unlessNamedElsewhere = new ArrayList<>();
    List<boolean[]> unsure = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      RecogniserGate.Reading reading = gate.read(wordsBySentence.get(i), tagsBySentence.get(i));
      unsure.add(reading.unsure());
      switch (reading.decision()) {
        case READ -> read.add(i);
        case READ_IF_NAMED_ELSEWHERE -> unlessNamedElsewhere.add(i);
        case SKIP -> { }
      }
    }
    List<CoreMap> mentions = new ArrayList<>(annotate(text, sentences, wordsBySentence, unsure, read, docDate));
    if (!unlessNamedElsewhere.isEmpty()) {
      java.util.Set<String> namedWords = new java.util.HashSet<>();
      for (int i : read) {
        List<CoreLabel> tokens = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
        RecogniserGate.addNamedWords(wordsBySentence.get(i),
            k -> tokens.get(k).ner() != null && !"O".equals(tokens.get(k).ner()), namedWords);
      }
      List<Integer> more = unlessNamedElsewhere.stream()
          .filter(i -> RecogniserGate.usesAny(wordsBySentence.get(i), namedWords)).toList();
      if (!more.isEmpty()) {
        mentions.addAll(annotate(text, sentences, wordsBySentence, unsure, more, docDate));
        mentions.sort(java.util.Comparator.comparingInt(m -> {
          Integer begin = m.get(CoreAnnotations.TokenBeginAnnotation.class);
          return begin == null ? Integer.MAX_VALUE : begin;
        }));
      }
    }
    return mentions;
  }

  /**
   * The recogniser over the given sentences (by position), each read whole or in the windows around
   * its capitals ({@link NameWindows}), every window as a sentence of its own; their mentions.
   */
  private List<CoreMap> annotate(String text, List<CoreMap> sentences, List<String[]> words, List<boolean[]> unsure,
      List<Integer> which, LocalDate docDate) {
    if (which.isEmpty()) {
      return List.of();
    }
    List<CoreMap> chosen = new ArrayList<>();
    List<CoreLabel> tokens = new ArrayList<>();
    for (int i : which) {
      CoreMap sentence = sentences.get(i);
      List<CoreLabel> own = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<int[]> windows = NameWindows.of(words.get(i), unsure.get(i));
      if (windows == null) {
        chosen.add(sentence);
        tokens.addAll(own);
        continue;
      }
      for (int[] w : windows) {
        CoreMap window = window(sentence, own.subList(w[0], w[1]), w[0], text);
        chosen.add(window);
        tokens.addAll(window.get(CoreAnnotations.TokensAnnotation.class));
      }
    }
    Annotation part = new Annotation(text);
    part.set(CoreAnnotations.SentencesAnnotation.class, chosen);
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    if (docDate != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
    }
    recogniser.annotate(part);
    List<CoreMap> found = part.get(CoreAnnotations.MentionsAnnotation.class);
    return found == null ? List.of() : found;
  }

  /**
   * Part of a sentence as a sentence of its own for the recogniser: its tokens (the sentence's own,
   * labelled in place) and the offsets its entity mentions are counted from.
   */
  private static CoreMap window(CoreMap sentence, List<CoreLabel> tokens, int from, String text) {
    edu.stanford.nlp.util.ArrayCoreMap window = new edu.stanford.nlp.util.ArrayCoreMap();
    window.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (tokenBegin != null) {
      window.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + from);
      window.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + from + tokens.size());
    }
    window.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    window.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    return window;
  }

  /** Tokens, NER and time mentions of the given sentences; {@code docDate} may be null. */
  Doc read(List<Sentence> sentences, LocalDate docDate) {
    String text = Doc.textOf(sentences);
    Annotation annotation = new Annotation(text);
    if (docDate != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
    }
    pipeline.annotate(annotation);
    // with a tagger of our own (and so the recogniser apart): each sentence's words, read once
    List<String[]> words = pos == null ? null : wordsBySentence(annotation, text);
    List<String[]> sentenceTags = pos == null ? null : tagsBySentence(words);
    List<CoreMap> mentions = recogniser == null ? annotation.get(CoreAnnotations.MentionsAnnotation.class)
        : recognise(annotation, text, words, sentenceTags, docDate);

    int[] starts = sentenceStarts(sentences);
    String[] tags = pos == null ? null : flat(sentenceTags);
    List<Tok> toks = new ArrayList<>();
    for (CoreLabel t : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
      int begin = t.beginPosition();
      int s = sentenceAt(starts, begin);
      String ner = t.ner() == null ? "O" : t.ner();
      String tag = tags != null ? tags[toks.size()] : t.tag() == null ? "" : t.tag();
      toks.add(new Tok(toks.size(), text.substring(begin, t.endPosition()), tag, ner,
          begin, t.endPosition(), sentences.get(s).index()));
    }
    List<NerSpan> spans = new ArrayList<>();
    if (mentions != null) {
      for (CoreMap m : mentions) {
        Integer from = m.get(CoreAnnotations.TokenBeginAnnotation.class);
        Integer to = m.get(CoreAnnotations.TokenEndAnnotation.class);
        if (from == null || to == null || from >= to) {
          continue;
        }
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        spans.add(new NerSpan(from, to, m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
            timex == null ? null : timex.timexType(), timex == null ? null : timex.value()));
      }
    }
    return new Doc(sentences, toks, spans);
  }
}
