package org.storyfuse.cluster;

import org.storyfuse.text.Vectors;
import java.util.Arrays;

/**
 * The mutable profile of one group of articles (an event or a storyline) while it can still grow:
 * sums of its articles' per-article vectors — dense, terms, lead terms, entity keys, salient names
 * (as a distribution), entity presence, numbers — the publication days (events only), and its
 * span. Every join feature is a mean over article pairs of a product of per-article vectors, so
 * sums are all a group needs to be scored as average link, exactly. An article is scored as a
 * one-article group, so article–group and group–group comparisons are one code path. Once expired,
 * the profile is dropped and only the membership remains.
 */
final class StoryState {

  final int number;
  private float[] denseSum;
  private SparseProfile terms;
  private SparseProfile lead;
  private SparseProfile entities;
  private SparseProfile salient;
  private SparseProfile presence;
  private SparseProfile numbers;
  private SparseProfile rareNumbers;
  /** Members that name someone in title or lead. */
  private int named;
  /** Members that are only a headline (no body beyond the title). */
  private int headlines;
  /**
   * The lead-term and dense sums of the headline-only members alone (null while there are none, so
   * that groups of full articles, nearly all of them, carry nothing more): with the whole sums they
   * give the mean similarity over the pairs that have a headline side, which the join model weighs
   * by itself.
   */
  private SparseProfile headlineLead;
  private float[] headlineDense;
  /** Distinct publication days (epoch days, ascending) and how many members each; null when not kept. */
  private int[] days;
  private int[] dayCounts;
  /** Span in days since the epoch; NaN when no member is dated. */
  private double first = Double.NaN;
  private double last = Double.NaN;
  private int sources;
  /** Member arrival numbers, ascending (copies included). */
  private int[] members = new int[1];
  private int memberCount;

  /** A one-article profile. */
  StoryState(int number, float[] dense, SparseProfile terms, SparseProfile lead, SparseProfile entities,
      SparseProfile salient, SparseProfile presence, SparseProfile numbers, SparseProfile rareNumbers, boolean named, boolean headline,
      double day) {
    this.number = number;
    this.denseSum = dense == null ? null : dense.clone();
    this.terms = terms;
    this.lead = lead;
    this.entities = entities;
    this.salient = salient;
    this.presence = presence;
    this.numbers = numbers;
    this.rareNumbers = rareNumbers;
    this.named = named ? 1 : 0;
    this.headlines = headline ? 1 : 0;
    this.headlineLead = headline ? lead.copy() : null;
    this.headlineDense = headline && dense != null ? dense.clone() : null;
    this.first = day;
    this.last = day;
    if (!Double.isNaN(day)) {
      days = new int[] {(int) Math.floor(day)};
      dayCounts = new int[] {1};
    } else {
      days = new int[0];
      dayCounts = new int[0];
    }
    this.sources = 1;
  }

  /** A new group founded by (a copy of) this profile. */
  StoryState found(int number, boolean keepDays) {
    StoryState s = new StoryState(number, denseSum, terms.copy(), lead.copy(), entities.copy(), salient.copy(),
        presence.copy(), numbers.copy(), rareNumbers.copy(), named > 0, headlines > 0, Double.NaN);
    s.named = named;
    s.headlines = headlines;
    s.headlineLead = headlineLead == null ? null : headlineLead.copy();
    s.headlineDense = headlineDense == null ? null : headlineDense.clone();
    s.first = first;
    s.last = last;
    s.sources = sources;
    if (keepDays) {
      s.days = days.clone();
      s.dayCounts = dayCounts.clone();
    } else {
      s.days = null;
      s.dayCounts = null;
    }
    s.addMembers(members, memberCount);
    return s;
  }

  /** The unit centroid, computed when asked (not kept: storylines are many, and never expire). */
  float[] dense() {
    return denseSum == null ? null : Vectors.normalised(denseSum);
  }

  SparseProfile terms() {
    return terms;
  }

  SparseProfile lead() {
    return lead;
  }

  SparseProfile entities() {
    return entities;
  }

  SparseProfile salient() {
    return salient;
  }

  SparseProfile presence() {
    return presence;
  }

  SparseProfile numbers() {
    return numbers;
  }

  SparseProfile rareNumbers() {
    return rareNumbers;
  }

  int named() {
    return named;
  }

  int headlines() {
    return headlines;
  }

  /** The headline members' lead-term sum; an empty profile when there are none (read it, never change it). */
  SparseProfile headlineLead() {
    return headlineLead == null ? NO_HEADLINES : headlineLead;
  }

  private static final SparseProfile NO_HEADLINES = SparseProfile.empty();

  /** The sum of the headline-only members' unit dense vectors, or null (not a copy: callers only read it). */
  float[] headlineDense() {
    return headlineDense;
  }

  int[] days() {
    return days;
  }

  int[] dayCounts() {
    return dayCounts;
  }

  double first() {
    return first;
  }

  double last() {
    return last;
  }

  int sources() {
    return sources;
  }

  /** The sum of the members' unit dense vectors (not a copy: callers only read it). */
  float[] denseSum() {
    return denseSum;
  }

  boolean expired() {
    return terms == null;
  }

  /** Adds an original article (or, on merge, another group) to the profile. */
  void absorb(StoryState other, int profileCap) {
    if (other.denseSum != null) {
      if (denseSum == null) {
        denseSum = other.denseSum.clone();
      } else {
        Vectors.addInto(denseSum, other.denseSum);
      }
    }
    terms.add(other.terms, 1f);
    terms.prune(profileCap);
    lead.add(other.lead, 1f);
    lead.prune(profileCap);
    entities.add(other.entities, 1f);
    entities.prune(profileCap);
    salient.add(other.salient, 1f);
    salient.prune(profileCap);
    presence.add(other.presence, 1f);
    presence.prune(profileCap);
    numbers.add(other.numbers, 1f);
    numbers.prune(profileCap);
    rareNumbers.add(other.rareNumbers, 1f);
    rareNumbers.prune(profileCap);
    named += other.named;
    headlines += other.headlines;
    if (other.headlineLead != null) {
      if (headlineLead == null) {
        headlineLead = other.headlineLead.copy();
      } else {
        headlineLead.add(other.headlineLead, 1f);
        headlineLead.prune(profileCap);
      }
    }
    if (other.headlineDense != null) {
      if (headlineDense == null) {
        headlineDense = other.headlineDense.clone();
      } else {
        Vectors.addInto(headlineDense, other.headlineDense);
      }
    }
    if (days != null && other.days != null) {
      mergeDays(other.days, other.dayCounts);
    }
    first = minDefined(first, other.first);
    last = maxDefined(last, other.last);
    sources += other.sources;
    addMembers(other.members, other.memberCount);
  }

  void addMember(int arrival) {
    addMembers(new int[] {arrival}, 1);
  }

  int[] members() {
    return Arrays.copyOf(members, memberCount);
  }

  /** Drops the profile of a group that can no longer grow; membership stays. */
  void expire() {
    denseSum = null;
    terms = null;
    lead = null;
    entities = null;
    salient = null;
    presence = null;
    numbers = null;
    rareNumbers = null;
    headlineLead = null;
    headlineDense = null;
    days = null;
    dayCounts = null;
    members = Arrays.copyOf(members, memberCount);
  }

  /** Days from the nearer end of this span to the other's span; 0 when they overlap or either is undated. */
  double gapDays(StoryState other) {
    if (Double.isNaN(first) || Double.isNaN(other.first)) {
      return 0;
    }
    return Math.max(0, Math.max(other.first - last, first - other.last));
  }

  private void mergeDays(int[] more, int[] moreCounts) {
    int[] d = new int[days.length + more.length];
    int[] c = new int[d.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < days.length || j < more.length) {
      if (j == more.length || (i < days.length && days[i] < more[j])) {
        d[n] = days[i];
        c[n++] = dayCounts[i++];
      } else if (i == days.length || more[j] < days[i]) {
        d[n] = more[j];
        c[n++] = moreCounts[j++];
      } else {
        d[n] = days[i];
        c[n++] = dayCounts[i++] + moreCounts[j++];
      }
    }
    days = Arrays.copyOf(d, n);
    dayCounts = Arrays.copyOf(c, n);
  }

  // Merges sorted arrival numbers, so members stay in arrival order after a merge.
  private void addMembers(int[] more, int count) {
    int[] out = new int[Math.max(members.length, memberCount + count)];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < memberCount || j < count) {
      if (j == count || (i < memberCount && members[i] < more[j])) {
        out[n++] = members[i++];
      } else {
        out[n++] = more[j++];
      }
    }
    members = out;
    memberCount = n;
    if (members.length == memberCount) {
      members = Arrays.copyOf(members, memberCount * 2);
    }
  }

  private static double minDefined(double a, double b) {
    return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
  }

  private static double maxDefined(double a, double b) {
    return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
  }
}
