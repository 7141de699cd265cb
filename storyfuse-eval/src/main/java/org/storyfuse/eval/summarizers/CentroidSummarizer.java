package org.storyfuse.eval.summarizers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.model.Article;
import org.storyfuse.text.SentenceSplitter;
import org.storyfuse.text.TermVector;
import org.storyfuse.text.Terms;
import org.storyfuse.text.TfIdf;

/**
 * Centroid-based summarization as in MEAD (Radev et al. 2004): the centroid is the mean TF-IDF
 * vector of the cluster's articles (IDF over those articles); a sentence scores its cosine to the
 * centroid plus MEAD's position score, C_max × (n − i) / n for the i-th (from 0) of n sentences,
 * where C_max is the best centroid score in the cluster, so an article's lead gets the most.
 * MEAD's redundancy filter becomes {@link GreedySelection}'s cosine check.
 */
public final class CentroidSummarizer implements Summarizer {

  private final SentenceSplitter splitter;

  public CentroidSummarizer(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  @Override
  public String name() {
    return "Centroid";
  }

  @Override
  public List<String> summarize(List<Article> cluster, int words) {
    List<List<String>> documents = SentencePool.ordered(cluster).stream().map(a -> Terms.of(a.text())).toList();
    TfIdf tfidf = TfIdf.fit(documents);
    Map<Integer, Double> sum = new HashMap<>();
    documents.forEach(d -> tfidf.vector(d).addTo(sum, 1.0));
    TermVector centroid = TermVector.of(sum); // normalised: the mean's direction is all cosine needs

    List<SentencePool.Candidate> pool = SentencePool.of(cluster, splitter);
    List<String> texts = pool.stream().map(SentencePool.Candidate::text).toList();
    List<TermVector> vectors = texts.stream().map(t -> tfidf.vector(Terms.of(t))).toList();
    double[] centrality = new double[pool.size()];
    double best = 0;
    for (int i = 0; i < pool.size(); i++) {
      centrality[i] = vectors.get(i).cosine(centroid);
      best = Math.max(best, centrality[i]);
    }
    double[] scores = new double[pool.size()];
    for (int i = 0; i < pool.size(); i++) {
      SentencePool.Candidate c = pool.get(i);
      double position = best * (c.articleLength() - c.position()) / (double) c.articleLength();
      scores[i] = centrality[i] + position;
    }
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      ranked.add(i);
    }
    ranked.sort((a, b) -> {
      int c = Double.compare(scores[b], scores[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    return GreedySelection.select(ranked, texts, vectors, words);
  }
}
