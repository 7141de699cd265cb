package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.text.Vectors;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.EntityKind;
import org.storyfuse.analyze.EntityMention;
import org.storyfuse.analyze.EntityNames;
import org.storyfuse.model.Brief;

/**
 * Attribution conflicts: two sources tell of the same act by the same kind of actor but give the
 * actor a different country — "Russia's ruling Democrat senators" vs "senators from US President
 * Joe Biden's Democratic Party". The actor is a plural noun for people (agent suffix: senators,
 * diplomats, officials) both sentences share; its country is
 * a place named in the possessive up to two words before it ("Russia's ... senators") or right
 * after "from" ("senators from US ..."), and must be a place the analysis recognised.
 *
 * <p>The two sentences must come from different independent sources and score at least
 * {@value #MIN_SCORE} on {@link ClaimAligner}'s meaning-plus-wording scale (no entity bonus): lower
 * than claim support, because a slip in who did it changes the wording around it too, but the
 * actor-with-country pattern on both sides keeps unrelated sentences out (few sentences have it,
 * so all their pairs are compared).
 */
final class AttributionConflicts {

  static final double MIN_SCORE = 0.35;

  /** Plural nouns for people who act (agent suffixes): "senators", "lawmakers", "diplomats", "officials". */
  private static final String ACTOR = "\\p{Ll}{2,}(?:ors|ers|ists|ians|ats|ials)|troops|forces";
  private static final Pattern POSSESSIVE = Pattern.compile(
      "\\b(\\p{Lu}[\\p{L}.]*)['’]s\\s+((?:[\\p{L}-]+\\s+){0,2}?)((?:" + ACTOR + "))\\b");
  private static final Pattern FROM = Pattern.compile("\\b(" + ACTOR + ")\\s+from\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.]*)");

  private AttributionConflicts() {}

  /** The sentences naming an actor tied to a place ("Moscow's diplomats"), with those actors. */
  record Actors(List<Integer> nodes, List<Map<String, String>> actors) {

    /**
     * The actor sentences claim alignment also compares by meaning (with a candidate partner that
     * has a vector): all of them, when two independent sources name actors.
     */
    java.util.BitSet comparedByMeaning(int[] independent) {
      java.util.BitSet out = new java.util.BitSet();
      if (nodes.stream().map(i -> independent[i]).distinct().count() > 1) {
        nodes.forEach(out::set);
      }
      return out;
    }

    /**
     * The nodes {@link #find} compares by meaning: those of a pair from two independent sources that
     * tie a shared actor to different places. Any other pair is decided without its score, so its
     * sentences need no vector (embedding is most of what a brief of real pages costs).
     */
    java.util.BitSet needingVectors(int[] independent) {
      java.util.BitSet out = new java.util.BitSet();
      for (int x = 0; x < nodes.size(); x++) {
        for (int y = x + 1; y < nodes.size(); y++) {
          if (independent[nodes.get(x)] != independent[nodes.get(y)] && disagree(actors.get(x), actors.get(y))) {
            out.set(nodes.get(x));
            out.set(nodes.get(y));
          }
        }
      }
      return out;
    }
  }

  /** Whether the two sentences tie some actor they share to different places. */
  static boolean disagree(Map<String, String> a, Map<String, String> b) {
    for (Map.Entry<String, String> actor : a.entrySet()) {
      String other = b.get(actor.getKey());
      if (other != null && !other.equals(actor.getValue())) {
        return true;
      }
    }
    return false;
  }

  static Actors actors(List<BriefBuilder.SentenceNode> nodes, Map<String, AnalyzedArticle> analyses) {
    Set<String> places = new HashSet<>();
    for (AnalyzedArticle a : analyses.values()) {
      for (EntityMention m : a.mentions()) {
        if (m.kind() == EntityKind.LOCATION) {
          places.add(m.key());
        }
      }
    }
    List<Integer> withActors = new ArrayList<>();
    List<Map<String, String>> actors = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      Map<String, String> a = actors(nodes.get(i).sentence().text(), places);
      if (!a.isEmpty()) {
        withActors.add(i);
        actors.add(a);
      }
    }
    return new Actors(withActors, actors);
  }

  static List<Brief.Discrepancy> find(List<BriefBuilder.SentenceNode> nodes, float[][] embeddings,
      ClaimAligner.Alignment alignment, Actors found) {
    List<Integer> withActors = found.nodes();
    List<Map<String, String>> actors = found.actors();
    List<Brief.Discrepancy> out = new ArrayList<>();
    for (int x = 0; x < withActors.size(); x++) {
      for (int y = x + 1; y < withActors.size(); y++) {
        int i = withActors.get(x);
        int j = withActors.get(y);
        if (alignment.independent()[i] == alignment.independent()[j] || !disagree(actors.get(x), actors.get(y))) {
          continue; // no conflict whatever the score: not scored (its sentences have no vectors)
        }
        double words = nodes.get(i).vector().cosine(nodes.get(j).vector());
        // a sentence the embedder does not read (Embedder.reads) has no vector: its words stand in, as in ClaimAligner
        double meaning = embeddings[i] != null && embeddings[j] != null ? Vectors.dot(embeddings[i], embeddings[j]) : words;
        double score = ClaimAligner.EMBEDDING_WEIGHT * meaning + (1 - ClaimAligner.EMBEDDING_WEIGHT) * words;
        if (score < MIN_SCORE) {
          continue;
        }
        for (Map.Entry<String, String> actor : actors.get(x).entrySet()) {
          String other = actors.get(y).get(actor.getKey());
          if (other != null && !other.equals(actor.getValue())) {
            out.add(new Brief.Discrepancy("attribution",
                actor.getKey() + ": " + actor.getValue() + " vs " + other,
                List.of(claim(nodes.get(i), alignment.independent()[i]), claim(nodes.get(j), alignment.independent()[j]))));
          }
        }
      }
    }
    return out;
  }

  /** Actor noun (lower case, plural) → the place key it is tied to in this sentence. */
  static Map<String, String> actors(String text, Set<String> places) {
    Map<String, String> out = new LinkedHashMap<>();
    // most sentences have neither pattern's fixed words: skip the expressions' scan (it is run for
    // every sentence of a story)
    Matcher m = POSSESSIVE.matcher(text);
    while ((text.contains("'s") || text.contains("’s")) && m.find()) {
      String place = EntityNames.key(m.group(1));
      if (places.contains(place)) {
        out.putIfAbsent(m.group(3), place);
      }
    }
    m = FROM.matcher(text);
    while (text.contains("from") && m.find()) {
      String place = EntityNames.key(m.group(2));
      if (places.contains(place)) {
        out.putIfAbsent(m.group(1), place);
      }
    }
    return out;
  }

  private static Brief.Claim claim(BriefBuilder.SentenceNode n, int independent) {
    return new Brief.Claim(n.sentence().text(), List.of(independent),
        List.of(new Brief.SentenceRef(n.source(), n.sentence().index())));
  }
}
