package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyfuse.model.Brief;

/**
 * Claims whose sources agree on the act but disagree on who did it. An attribution conflict is
 * found only between sentences that report the same thing ("senators raised a bill to sanction
 * Putin" — Russia's vs the US's senators), so the act itself is corroborated by both sides; it is
 * listed among the claims, and the discrepancy beside it tells the reader what is disputed.
 */
final class DisputedClaims {

  private DisputedClaims() {}

  /**
   * @param claims    the aligned claims so far; a conflict whose sentences one of them already holds adds nothing
   * @param conflicts the brief's discrepancies; only kind {@code attribution} is read
   * @param sources   to count syndicated copies once
   */
  static List<Brief.CorroboratedClaim> from(List<Brief.CorroboratedClaim> claims, List<Brief.Discrepancy> conflicts,
      BriefBuilder.SourceTable sources) {
    List<Brief.CorroboratedClaim> out = new ArrayList<>();
    for (Brief.Discrepancy d : conflicts) {
      if (!d.kind().equals("attribution") || d.claims().size() < 2) {
        continue;
      }
      Map<Integer, Brief.SentenceRef> evidence = new TreeMap<>();
      for (Brief.Claim side : d.claims()) {
        for (Brief.SentenceRef ref : side.evidence()) {
          evidence.putIfAbsent(sources.independentOf(ref.source()), ref);
        }
      }
      if (evidence.size() < 2 || heldAlready(claims, evidence.values()) || heldAlready(out, evidence.values())) {
        continue;
      }
      // the side most sources carry, then the earliest source, words the claim
      Brief.Claim wording = d.claims().stream()
          .min(Comparator.comparingInt((Brief.Claim c) -> -c.sources().size())
              .thenComparingInt(c -> c.sources().get(0)))
          .orElseThrow();
      // cited after the shown words: the sides that state them (Support); the other side after its own
      Map<Integer, Brief.SentenceRef> stating = new TreeMap<>();
      List<Brief.Claim> others = new ArrayList<>();
      for (Brief.Claim side : d.claims()) {
        boolean states = side == wording || Support.states(side.text(), wording.text());
        for (Brief.SentenceRef ref : side.evidence()) {
          int src = sources.independentOf(ref.source());
          if (states) {
            stating.putIfAbsent(src, ref);
          } else if (!stating.containsKey(src) && others.stream().noneMatch(o -> o.sources().contains(src))) {
            others.add(new Brief.Claim(Support.excerpt(side.text(), wording.text()), List.of(src), List.of(ref)));
          }
        }
      }
      others.removeIf(o -> stating.containsKey(o.sources().get(0)));
      List<Integer> support = List.copyOf(stating.keySet());
      out.add(new Brief.CorroboratedClaim(wording.text(), support, support.get(0), List.copyOf(stating.values()),
          others));
    }
    return out;
  }

  private static boolean heldAlready(List<Brief.CorroboratedClaim> claims, java.util.Collection<Brief.SentenceRef> refs) {
    return claims.stream().anyMatch(c -> {
      java.util.Set<Brief.SentenceRef> all = new java.util.HashSet<>(c.evidence());
      c.otherWordings().forEach(w -> all.addAll(w.evidence()));
      return all.containsAll(refs);
    });
  }
}
