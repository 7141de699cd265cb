package org.storyfuse.render;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyfuse.model.Brief;

/**
 * The corroborated claims a brief's "Also corroborated" section lists: those its summary does not
 * already state. A claim is in the summary when a summary sentence shows its words, or cites every
 * sentence the claim rests on — then it is the same fact in another source's words (the summary took
 * "said harbour master Ana Ruiz on Monday" from one outlet, the claim shows the other's "harbour
 * master Ana Ruiz said"), and listing it again would only repeat the summary.
 */
final class BeyondSummary {

  private BeyondSummary() {}

  static List<Brief.CorroboratedClaim> claims(Brief brief) {
    return brief.claims().stream().filter(c -> brief.summary().stream().noneMatch(s -> tells(s, c))).toList();
  }

  /**
   * The other wordings of the claims a summary sentence tells (the claims {@link #claims} leaves out
   * because of it), minus its own sources: the corroboration "Also corroborated" would have shown,
   * shown under the summary sentence instead. One per source, in the claims' order.
   */
  static List<Brief.Claim> otherWordings(Brief brief, Brief.SummarySentence s) {
    Set<Integer> seen = new HashSet<>(s.support());
    List<Brief.Claim> out = new java.util.ArrayList<>();
    for (Brief.CorroboratedClaim c : brief.claims()) {
      if (tells(s, c)) {
        for (Brief.Claim w : c.otherWordings()) {
          if (seen.addAll(w.sources())) {
            out.add(w);
          }
        }
      }
    }
    return out;
  }

  /** Whether summary sentence {@code s} tells claim {@code c}: shows its words, or cites every sentence it rests on. */
  private static boolean tells(Brief.SummarySentence s, Brief.CorroboratedClaim c) {
    return c.text().equals(s.text()) || (!c.evidence().isEmpty() && s.evidence().containsAll(c.evidence()));
  }
}
