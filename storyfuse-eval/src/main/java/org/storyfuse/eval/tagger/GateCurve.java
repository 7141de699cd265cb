package org.storyfuse.eval.tagger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyfuse.analyze.RecogniserGate;
import org.storyfuse.analyze.RecogniserGate.Decision;
import org.storyfuse.analyze.SilverTags.TaggedSentence;
import org.storyfuse.analyze.tag.BioSpans;

/**
 * What RAPID's {@link RecogniserGate} at one margin spares CoreNLP's recogniser and what it costs,
 * replayed on tagged articles: the recogniser reads one sentence at a time, so its labels on the
 * sentences the gate lets through are the ones it gave reading them all. Counts the tokens of the
 * sentences the recogniser would read without the gate (those with a capital), the share the gate
 * spares, and the recogniser's entity spans in the spared sentences (lost).
 */
public final class GateCurve {

  private final RecogniserGate gate;
  private long readWithout;
  private long spared;
  private long spans;
  private long lost;

  public GateCurve(RecogniserGate gate) {
    this.gate = gate;
  }

  /**
   * Adds one article: the recogniser's labels ({@code reference}, CoreNLP) and the perceptron's POS
   * tags the gate reads ({@code candidate}, LEAN's), sentence by sentence.
   */
  public void add(List<TaggedSentence> reference, List<TaggedSentence> candidate) {
    Set<String> named = new HashSet<>();
    boolean[] waiting = new boolean[reference.size()];
    for (int s = 0; s < reference.size(); s++) {
      TaggedSentence r = reference.get(s);
      Decision d = gate.decide(r.words(), candidate.get(s).pos());
      if (d == Decision.SKIP) {
        continue;
      }
      readWithout += r.words().length;
      spans += count(r.bio());
      if (d == Decision.READ) {
        RecogniserGate.addNamedWords(r.words(), i -> !"O".equals(r.bio()[i]), named);
      } else {
        waiting[s] = true;
      }
    }
    for (int s = 0; s < reference.size(); s++) {
      TaggedSentence r = reference.get(s);
      if (waiting[s] && !RecogniserGate.usesAny(r.words(), named)) {
        spared += r.words().length;
        lost += count(r.bio());
      }
    }
  }

  private static int count(String[] bio) {
    int[] n = new int[1];
    BioSpans.forEach(bio, (from, to, type) -> n[0]++);
    return n[0];
  }

  /** Tokens the recogniser reads without the gate (sentences with a capital). */
  public long readWithout() {
    return readWithout;
  }

  /** Share of those tokens the gate spares. */
  public double sparedShare() {
    return readWithout == 0 ? 0 : (double) spared / readWithout;
  }

  /** The recogniser's entity spans in the sentences it reads without the gate. */
  public long spans() {
    return spans;
  }

  /** Of those, the spans in the sentences the gate spares. */
  public long lost() {
    return lost;
  }
}
