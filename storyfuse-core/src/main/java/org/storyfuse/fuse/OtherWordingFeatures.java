package org.storyfuse.fuse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.text.TermVector;
import org.storyfuse.text.Terms;
import org.storyfuse.text.Vectors;

/**
 * What {@link OtherWordingModel} weighs of a sentence offered as another wording of a claim's shown
 * sentence. The aligner's score alone does not tell "the same fact" from "the same people doing
 * something else" between 0.52 and 0.60 (docs/EVALUATION.md); these add what the score folds away or
 * never sees: how far apart the two reports were published (weeks apart, the same people are mostly in
 * another day's news), how much of the shown text's names the other holds (the more of its similarity
 * the names make, the less is left for what happened), their meaning once the story's common topic is
 * taken away, and more that the model does not weigh yet but the training log keeps (predicate words,
 * rarest terms, speakers, fragments). Nothing here names words of any story.
 */
final class OtherWordingFeatures {

  /** The features' names, in vector order (the model file and the training dump use them). */
  static final List<String> NAMES = List.of(
      "meaning",          // MiniLM cosine (the TF-IDF one when a side has no vector, as the aligner does)
      "meaning_centred",  // MiniLM cosine after the story's mean vector is taken from both (0 without vectors)
      "tfidf",            // TF-IDF cosine
      "aligned",          // the aligner made either the other's support (its own rules)
      "same_occasion",    // a rare entity and a resolved day both name
      "rare_entities",    // rare entities both name, at most 2
      "shares_number",    // a number (or resolved day) both state
      "conflicting_figures", // both state figures and each one the other lacks ("stage 13" / "stage 15")
      "content_tfidf",    // TF-IDF cosine of the predicate words alone (names and reporting verbs left out)
      "predicate_share",  // share of the shown text's predicate words the other holds
      "predicate_back",   // share of the other's predicate words the shown text holds
      "rarest_share",     // share of the shown text's heaviest (rarest) TF-IDF terms the other holds
      "names_share",      // share of the shown text's names (capitalised, not first word) the other holds
      "same_speaker",     // both carry words of one named speaker (quoted or reported)
      "other_speaker",    // both carry a named speaker's words, and no speaker is the same
      "day_gap",          // days between the two sources' publication, log-scaled to [0, 1] at a month
      "same_outlet",      // the two sources are one outlet's articles (another day's report, as a rule)
      "length_ratio",     // shorter / longer, in words
      "fragment");        // the other is no sentence of running text (heading, caption) or very short

  /** Terms of the shown text counted as its rarest: its heaviest TF-IDF weights. */
  static final int RAREST = 3;
  /** Fewer words than this is no statement of a fact on its own ("Iran frees sailors."). */
  static final int SHORT = 6;
  /** Predicate words are compared by this many leading letters: "released" = "release", "captured" = "capture". */
  static final int STEM = 6;

  /** Reporting verbs carry no fact: nearly every sentence of a news story has one. */
  private static final Set<String> REPORTING = Set.of("said", "say", "says", "saying", "told", "tell", "tells",
      "according", "reported", "report", "reports", "added", "stated", "announced", "noted", "claimed");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

  private final List<BriefBuilder.SentenceNode> nodes;
  private final float[][] embeddings;
  private final float[] centroid;
  private final List<SentenceFacts> facts;
  private final java.util.function.Predicate<String> rare;
  private final List<Set<String>> speakers;
  private final org.storyfuse.text.TfIdf tfidf;
  /** Per source number: its publication day (null when unknown) and outlet (null when unknown). */
  private final java.util.Map<Integer, java.time.LocalDate> published = new java.util.HashMap<>();
  private final java.util.Map<Integer, String> outlet = new java.util.HashMap<>();

  /**
   * One story's sentences and what the brief computed of them.
   *
   * @param embeddings per node, null where none was computed (or null for none at all)
   * @param facts      per node, as the aligner was given them
   * @param speakers   per node, its named speakers ({@link #speakers})
   * @param tfidf      the story's TF-IDF weighting (the nodes' vectors were made with it)
   * @param sources    the story's sources (publication days, outlets)
   */
  OtherWordingFeatures(List<BriefBuilder.SentenceNode> nodes, float[][] embeddings, List<SentenceFacts> facts,
      List<Set<String>> speakers, org.storyfuse.text.TfIdf tfidf, List<org.storyfuse.model.Brief.Source> sources) {
    this.nodes = nodes;
    this.embeddings = embeddings;
    this.centroid = centroid(embeddings);
    this.facts = facts;
    this.rare = ClaimAligner.rareEntities(facts);
    this.speakers = speakers;
    this.tfidf = tfidf;
    for (org.storyfuse.model.Brief.Source src : sources) {
      if (src.published() != null) {
        published.put(src.id(), java.time.LocalDate.parse(src.published()));
      }
      if (src.outlet() != null && !src.outlet().isBlank()) {
        outlet.put(src.id(), src.outlet().strip().toLowerCase(Locale.ROOT));
      }
    }
  }

  /**
   * @param aligned whether the aligner made either sentence the other's support
   */
  double[] of(int shown, int other, boolean aligned) {
    BriefBuilder.SentenceNode a = nodes.get(shown);
    BriefBuilder.SentenceNode b = nodes.get(other);
    String text = a.sentence().text();
    String sentence = b.sentence().text();
    double lexical = a.vector().cosine(b.vector());
    double meaning = embeddings != null && embeddings[shown] != null && embeddings[other] != null
        ? Vectors.dot(embeddings[shown], embeddings[other]) : lexical;
    boolean vectors = embeddings != null && embeddings[shown] != null && embeddings[other] != null;
    double centred = vectors && centroid != null ? centredCosine(embeddings[shown], embeddings[other], centroid) : 0;
    Set<String> figuresA = Support.figures(text);
    Set<String> figuresB = Support.figures(sentence);
    boolean conflicting = !figuresA.isEmpty() && !figuresB.isEmpty() && !figuresA.containsAll(figuresB)
        && !figuresB.containsAll(figuresA);
    SentenceFacts fa = facts.get(shown);
    SentenceFacts fb = facts.get(other);
    Set<String> predicateA = predicate(text);
    Set<String> predicateB = predicate(sentence);
    Set<String> names = Support.names(text);
    Set<String> held = new HashSet<>(Terms.of(sentence));
    return new double[] {
      meaning,
      centred,
      lexical,
      aligned ? 1 : 0,
      fa.sameOccasion(fb, rare) ? 1 : 0,
      Math.min(2, fa.sharedEntities(fb, rare)),
      fa.sharesNumber(fb) ? 1 : 0,
      conflicting ? 1 : 0,
      tfidf == null ? 0 : tfidf.vector(content(text)).cosine(tfidf.vector(content(sentence))),
      share(predicateA, predicateB),
      share(predicateB, predicateA),
      rarestShare(a.vector(), b.vector()),
      share(names, held),
      !java.util.Collections.disjoint(speakers.get(shown), speakers.get(other)) ? 1 : 0,
      !speakers.get(shown).isEmpty() && !speakers.get(other).isEmpty()
          && java.util.Collections.disjoint(speakers.get(shown), speakers.get(other)) ? 1 : 0,
      dayGap(published.get(a.source()), published.get(b.source())),
      outlet.containsKey(a.source()) && outlet.get(a.source()).equals(outlet.get(b.source())) ? 1 : 0,
      Math.min(a.words(), b.words()) / (double) Math.max(1, Math.max(a.words(), b.words())),
      Standalone.notASentence(sentence) || b.words() < SHORT ? 1 : 0};
  }

  /**
   * A sentence's predicate words: its lowercase words that are no stopword, number or reporting verb,
   * cut to {@value #STEM} letters. Lowercase keeps names out (they are counted apart), so what is
   * left is mostly what happened: "released", "captured", "evidence", "waters".
   */
  static Set<String> predicate(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (!Character.isLowerCase(w.charAt(0)) || REPORTING.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String t : Terms.of(w)) {
        out.add(t.length() > STEM ? t.substring(0, STEM) : t);
      }
    }
    return out;
  }

  /** Per node, the keys of the named speakers whose quoted or reported words it carries. */
  static List<Set<String>> speakers(List<BriefBuilder.SentenceNode> nodes,
      java.util.Map<String, org.storyfuse.analyze.AnalyzedArticle> analyses) {
    java.util.Map<String, java.util.Map<Integer, Set<String>>> byArticle = new java.util.HashMap<>();
    analyses.forEach((id, a) -> {
      for (org.storyfuse.analyze.Quote q : a.quotes()) {
        if (q.speakerKey() != null) {
          for (int s = q.sentence(); s <= q.endSentence(); s++) {
            byArticle.computeIfAbsent(id, k -> new java.util.HashMap<>())
                .computeIfAbsent(s, k -> new HashSet<>()).add(q.speakerKey());
          }
        }
      }
    });
    List<Set<String>> out = new java.util.ArrayList<>(nodes.size());
    for (BriefBuilder.SentenceNode n : nodes) {
      out.add(byArticle.getOrDefault(n.sentence().articleId(), java.util.Map.of())
          .getOrDefault(n.sentence().index(), Set.of()));
    }
    return out;
  }

  /**
   * The mean of the story's sentence vectors: what every sentence of the story shares (its topic).
   * MiniLM rates two sentences of one story alike because both are about it; taken away, what is
   * left compares what each says of it. Null when the story has no vectors.
   */
  static float[] centroid(float[][] embeddings) {
    if (embeddings == null) {
      return null;
    }
    float[] sum = null;
    int n = 0;
    for (float[] e : embeddings) {
      if (e != null) {
        if (sum == null) {
          sum = new float[e.length];
        }
        Vectors.addInto(sum, e);
        n++;
      }
    }
    if (sum == null) {
      return null;
    }
    for (int d = 0; d < sum.length; d++) {
      sum[d] /= n;
    }
    return sum;
  }

  static double centredCosine(float[] a, float[] b, float[] centroid) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int d = 0; d < a.length; d++) {
      double x = a[d] - centroid[d];
      double y = b[d] - centroid[d];
      dot += x * y;
      na += x * x;
      nb += y * y;
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** Days between two publication days, as log(1 + days) / log(31), at most 1; 0 when either is unknown. */
  static double dayGap(java.time.LocalDate a, java.time.LocalDate b) {
    if (a == null || b == null) {
      return 0;
    }
    long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a, b));
    return Math.min(1, Math.log1p(days) / Math.log(31));
  }

  /** The index terms of a sentence's predicate words (as {@link #predicate}, not cut). */
  static List<String> content(String text) {
    List<String> out = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (Character.isLowerCase(w.charAt(0)) && !REPORTING.contains(w.toLowerCase(Locale.ROOT))) {
        out.addAll(Terms.of(w));
      }
    }
    return out;
  }

  /** The share of {@code wanted} that {@code held} holds; 0 when nothing is wanted. */
  static double share(Set<String> wanted, Set<String> held) {
    if (wanted.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String w : wanted) {
      if (held.contains(w)) {
        n++;
      }
    }
    return n / (double) wanted.size();
  }

  /** The share of the shown vector's {@value #RAREST} heaviest terms (ties: the lower id) the other vector holds. */
  static double rarestShare(TermVector shown, TermVector other) {
    int k = Math.min(RAREST, shown.size());
    if (k == 0) {
      return 0;
    }
    boolean[] taken = new boolean[shown.size()];
    int held = 0;
    for (int r = 0; r < k; r++) {
      int best = -1;
      for (int t = 0; t < shown.size(); t++) {
        if (!taken[t] && (best < 0 || shown.weightAt(t) > shown.weightAt(best))) {
          best = t;
        }
      }
      taken[best] = true;
      if (holds(other, shown.idAt(best))) {
        held++;
      }
    }
    return held / (double) k;
  }

  private static boolean holds(TermVector v, int id) {
    for (int t = 0; t < v.size(); t++) {
      if (v.idAt(t) == id) {
        return true;
      }
    }
    return false;
  }
}
