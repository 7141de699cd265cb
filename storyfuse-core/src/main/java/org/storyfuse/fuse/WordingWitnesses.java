package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Which of a claim's sentences may stand beside the wording the brief shows for it. A claim's
 * sentences were gathered around its own sentence (its node) and one hop further ({@link ClaimList}),
 * and the shown wording is then chosen among them, so a member was aligned with the node or with
 * another member — not necessarily with the words shown ("The United States called for the sailors'
 * release" / "The UK presented evidence the sailors were in Iraqi waters": one hop apart, another
 * fact). Listed beside those words as an "other wording", a sentence tells the reader that its source
 * reports that fact, so:
 * <ul>
 *   <li>a sentence that states the shown text ({@link Support}) stays: it is cited after it;
 *   <li>any other sentence stays only when the aligner ({@link ClaimAligner}, by its own rules) aligned
 *       it with the shown sentence itself, in either direction — not merely with the node or by the
 *       hop — or when it tells of the same occasion as the shown sentence (a rare entity and a
 *       resolved day both name, each in its main clause: {@link SentenceFacts#sameOccasionInMainClauses}):
 *       the hop exists for "met in Geneva on Monday" ← "who led the talks in Geneva on Monday" ←
 *       "talks in Geneva on Monday", where the last is the same meeting though the aligner paired it
 *       only with the middle; a shown sentence that names the day only in a relative clause ("Ryabkov,
 *       who led the talks in Geneva on Monday, seemed to harden…") states another fact than that day's
 *       meeting (seeds: two such lines were wrong, none right);
 *   <li>and never when it states figures and none of the shown text's ("at least two bodies" /
 *       "sixteen bodies", "fourteen minutes later" / "four minutes after"): other numbers are another
 *       fact or a discrepancy, not the same fact in other words;
 *   <li>and, of those admitted by alignment alone (not of the same occasion), only when the learned
 *       decision ({@link OtherWordingModel} over {@link OtherWordingFeatures}) rates it the same fact:
 *       between aligner scores 0.52 and 0.60 about half of what the aligner pairs is the same people
 *       doing something else, which the score does not tell apart; a report published weeks apart, a
 *       sentence that shares the shown text's names but little of its other words, are such pairs as a
 *       rule. The same occasion is left to its rule: it names the event's day itself, which the
 *       model's publication-day gap only stands in for (the seeds' Geneva meeting, told again in a
 *       report three days later).
 * </ul>
 * Every sentence offered is written to the training log when {@link OtherWordingLog} is switched on.
 * Measured against hand labels by {@code storyfuse eval wordings}; see docs/EVALUATION.md (a strong
 * score alone was tried and not kept).
 */
final class WordingWitnesses {

  private final List<BriefBuilder.SentenceNode> nodes;
  private final ClaimAligner.Alignment alignment;
  private final List<SentenceFacts> facts;
  private final Predicate<String> rare;
  private final BriefBuilder.SourceTable sources;
  private final OtherWordingFeatures features;
  private final OtherWordingModel model;

  /**
   * @param facts    per node, as the aligner was given them
   * @param features the same story's pair features
   */
  WordingWitnesses(List<BriefBuilder.SentenceNode> nodes, ClaimAligner.Alignment alignment, List<SentenceFacts> facts,
      OtherWordingFeatures features, BriefBuilder.SourceTable sources) {
    this.nodes = nodes;
    this.alignment = alignment;
    this.facts = facts;
    this.rare = ClaimAligner.rareEntities(facts);
    this.sources = sources;
    this.features = features;
    this.model = OtherWordingModel.DEFAULT;
  }

  /**
   * @param shown   the node whose words the brief shows
   * @param members the claim's nodes (the shown one among them)
   * @return independent source → its sentences that may stand beside the shown words: those that
   *         state them first, then the shown sentence's aligned partner, then the others in member order
   */
  Map<Integer, List<BriefBuilder.SentenceNode>> of(int shown, List<Integer> members) {
    String text = nodes.get(shown).sentence().text();
    Map<Integer, List<Integer>> candidates = new TreeMap<>();
    // the shown sentence's own partners first: Citations takes a source's first sentence as its wording
    alignment.support().get(shown).forEach((src, j) -> candidates.computeIfAbsent(src, k -> new ArrayList<>()).add(j));
    for (int m : members) {
      List<Integer> own = candidates.computeIfAbsent(sources.independentOf(nodes.get(m).source()),
          k -> new ArrayList<>());
      if (!own.contains(m)) {
        own.add(m);
      }
    }
    Map<Integer, List<BriefBuilder.SentenceNode>> out = new TreeMap<>();
    candidates.forEach((src, own) -> {
      List<BriefBuilder.SentenceNode> kept = new ArrayList<>();
      for (int m : own) {
        String sentence = nodes.get(m).sentence().text();
        if (m == shown) {
          kept.add(0, nodes.get(m));
          continue;
        }
        boolean states = Support.states(sentence, text);
        boolean figures = otherFigures(text, sentence);
        boolean occasion = facts.get(shown).sameOccasionInMainClauses(facts.get(m), rare);
        // the model rules on what only the aligner's score admits; the same occasion (a rare entity
        // and a resolved day both name) is the event itself, whatever day its report was published
        boolean ruledOn = !states && !figures && !occasion && aligned(shown, m);
        // the features only where the model rules, or for its training log (every sentence offered)
        double[] pair = ruledOn || OtherWordingLog.on() ? features.of(shown, m, aligned(shown, m)) : null;
        if (OtherWordingLog.on()) {
          OtherWordingLog.write(text, nodes.get(m), states, figures, pair);
        }
        if (states) {
          kept.add(0, nodes.get(m));
        } else if (!figures && (occasion || (ruledOn && model.sameFact(pair)))) {
          kept.add(nodes.get(m));
        }
      }
      if (!kept.isEmpty()) {
        out.put(src, kept);
      }
    });
    return out;
  }

  /** Whether the aligner made either sentence the other's support. */
  private boolean aligned(int a, int b) {
    return supports(a, b) || supports(b, a);
  }

  private boolean supports(int a, int b) {
    Integer partner = alignment.support().get(a).get(alignment.independent()[b]);
    return partner != null && partner == b;
  }

  /** The sentence states figures and none of the text's, which states some. */
  static boolean otherFigures(String text, String sentence) {
    Set<String> wanted = Support.figures(text);
    Set<String> held = Support.figures(sentence);
    return !wanted.isEmpty() && !held.isEmpty() && Collections.disjoint(wanted, held);
  }
}
