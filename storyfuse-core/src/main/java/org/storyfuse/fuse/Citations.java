package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyfuse.model.Brief;

/**
 * Who may be cited after a text the brief shows: of the sentences aligned with it (one or more per
 * independent source), those that state it ({@link Support}) are cited after it; a source whose
 * sentences only report the same in other words is cited after an excerpt of its own sentence, as
 * an "other wording". A citation thus always follows words its source states.
 */
final class Citations {

  /**
   * @param support       independent sources that state the text, ascending
   * @param evidence      the sentence of each, in the same order
   * @param otherWordings one per remaining source: an excerpt of its sentence, citing it
   */
  record Cited(List<Integer> support, List<Brief.SentenceRef> evidence, List<Brief.Claim> otherWordings) {}

  private Citations() {}

  /**
   * @param text      the text shown
   * @param bySource  independent source → its aligned sentences, the best first
   */
  static Cited of(String text, Map<Integer, List<BriefBuilder.SentenceNode>> bySource) {
    Map<Integer, Brief.SentenceRef> stating = new TreeMap<>();
    List<Brief.Claim> others = new ArrayList<>();
    bySource.forEach((src, sentences) -> {
      BriefBuilder.SentenceNode hit = sentences.stream()
          .filter(n -> Support.states(n.sentence().text(), text)).findFirst().orElse(null);
      if (hit != null) {
        stating.put(src, ref(hit));
      } else if (!sentences.isEmpty()) {
        BriefBuilder.SentenceNode n = sentences.get(0);
        others.add(new Brief.Claim(Support.excerpt(n.sentence().text(), text), List.of(src), List.of(ref(n))));
      }
    });
    return new Cited(List.copyOf(stating.keySet()), List.copyOf(stating.values()), others);
  }

  /** How many of the sources state the text. */
  static int stating(String text, Map<Integer, List<BriefBuilder.SentenceNode>> bySource) {
    int n = 0;
    for (List<BriefBuilder.SentenceNode> sentences : bySource.values()) {
      if (sentences.stream().anyMatch(s -> Support.states(s.sentence().text(), text))) {
        n++;
      }
    }
    return n;
  }

  static Brief.SentenceRef ref(BriefBuilder.SentenceNode n) {
    return new Brief.SentenceRef(n.source(), n.sentence().index());
  }
}
