package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paragraphs inside an article that are about another matter ("Meanwhile, troops … were preparing
 * to pull out of Kazakhstan" in a report on the Ukraine talks). A paragraph is off the story when
 * no sentence of it is stated by another source, it names someone or somewhere no other source
 * names, and either it opens by turning away ("Meanwhile", "Separately", "Elsewhere", "In other
 * news") or its sentences share little wording with the other sources (mean centrality below
 * {@value #SHARE_OF_MEDIAN} of the story's median). Only a story with two or more independent
 * sources can tell: alone, every paragraph is on the story.
 */
final class OffStory {

  static final double SHARE_OF_MEDIAN = 0.2;

  private static final java.util.regex.Pattern TURN = java.util.regex.Pattern.compile(
      "^\\W*(meanwhile|separately|elsewhere|in other news|in a separate development|on another front)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december");

  private OffStory() {}

  static String key(BriefBuilder.SentenceNode n) {
    return n.sentence().articleId() + "#" + n.sentence().paragraph();
  }

  /** The keys ({@link #key}) of the off-story paragraphs. */
  static Set<String> paragraphs(List<BriefBuilder.SentenceNode> nodes, ClaimAligner.Alignment alignment,
      BriefBuilder.SourceTable sources) {
    Set<String> out = new HashSet<>();
    if (sources.independentCount() < 2 || nodes.isEmpty()) {
      return out;
    }
    double[] centrality = alignment.centrality();
    double[] sorted = centrality.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2];
    Map<String, List<Integer>> byParagraph = new HashMap<>();
    Map<String, Set<Integer>> sourcesNaming = new HashMap<>();
    List<Set<String>> names = new ArrayList<>(nodes.size()); // found once per sentence: a regular expression's work
    for (int i = 0; i < nodes.size(); i++) {
      BriefBuilder.SentenceNode n = nodes.get(i);
      byParagraph.computeIfAbsent(key(n), k -> new ArrayList<>()).add(i);
      names.add(Support.names(n.sentence().text()));
      for (String name : names.get(i)) {
        sourcesNaming.computeIfAbsent(name, k -> new HashSet<>()).add(alignment.independent()[i]);
      }
    }
    byParagraph.forEach((key, members) -> {
      if (members.stream().anyMatch(i -> !alignment.support().get(i).isEmpty())) {
        return;
      }
      boolean namesItsOwn = members.stream().anyMatch(i -> names.get(i).stream()
          .anyMatch(name -> !CALENDAR.contains(name) && sourcesNaming.get(name).size() == 1));
      boolean turns = TURN.matcher(nodes.get(members.get(0)).sentence().text()).find();
      double mean = members.stream().mapToDouble(i -> centrality[i]).average().orElse(0);
      if (namesItsOwn && (turns || mean < SHARE_OF_MEDIAN * median)) {
        out.add(key);
      }
    });
    return out;
  }
}
