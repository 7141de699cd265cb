package org.storyfuse.cluster;

import org.storyfuse.text.Vectors;
import java.util.Arrays;

/**
 * The mutable profile of one story while it can still grow: the sum of its articles' unit dense
 * vectors, the idf-free sums of their term and entity weights, and its time span. An article is
 * scored as a one-article story, so article–story and story–story comparisons are one code path.
 * Once expired, the profile is dropped and only the membership remains.
 */
final class StoryState {

  final int number;
  final String id;
  private float[] denseSum;
  private float[] denseUnit;
  private SparseProfile terms;
  private SparseProfile entities;
  /** Span in days since the epoch; NaN when no member is dated. */
  private double first = Double.NaN;
  private double last = Double.NaN;
  private int sources;
  /** Member arrival numbers, ascending (copies included). */
  private int[] members = new int[1];
  private int memberCount;

  StoryState(int number, String id, float[] dense, SparseProfile terms, SparseProfile entities, double day) {
    this.number = number;
    this.id = id;
    this.denseSum = dense == null ? null : dense.clone();
    this.terms = terms;
    this.entities = entities;
    this.first = day;
    this.last = day;
    this.sources = 1;
  }

  float[] dense() {
    if (denseSum == null) {
      return null;
    }
    if (denseUnit == null) {
      denseUnit = Vectors.normalised(denseSum);
    }
    return denseUnit;
  }

  SparseProfile terms() {
    return terms;
  }

  SparseProfile entities() {
    return entities;
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

  /** Adds an original article (or, on merge, another story) to the profile. */
  void absorb(StoryState other, int profileCap) {
    if (other.denseSum != null) {
      if (denseSum == null) {
        denseSum = other.denseSum.clone();
      } else {
        Vectors.addInto(denseSum, other.denseSum);
      }
      denseUnit = null;
    }
    terms.add(other.terms, 1f);
    terms.prune(profileCap);
    entities.add(other.entities, 1f);
    entities.prune(profileCap);
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

  /** Drops the profile of a story that can no longer grow; membership stays. */
  void expire() {
    denseSum = null;
    denseUnit = null;
    terms = null;
    entities = null;
    members = Arrays.copyOf(members, memberCount);
  }

  /** Days from the nearer end of this span to the other's span; 0 when they overlap or either is undated. */
  double gapDays(StoryState other) {
    if (Double.isNaN(first) || Double.isNaN(other.first)) {
      return 0;
    }
    return Math.max(0, Math.max(other.first - last, first - other.last));
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
