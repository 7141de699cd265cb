package org.storyfuse.ingest.dedup;

import java.util.List;
import java.util.Objects;

/**
 * Articles that carry the same text: exact or near copies, typically one wire story syndicated by
 * several outlets. Every article is in exactly one group; an article without copies is a group of one.
 *
 * @param representativeId the earliest published member (ties and undated articles: smallest id)
 * @param memberIds        all members including the representative, earliest first
 * @param minSimilarity    the lowest estimated Jaccard similarity (of word 5-shingles) between the
 *                         representative and a member; 1.0 for exact copies and groups of one
 */
public record DuplicateGroup(String representativeId, List<String> memberIds, double minSimilarity) {

  public DuplicateGroup {
    Objects.requireNonNull(representativeId, "representativeId");
    memberIds = List.copyOf(memberIds);
    if (memberIds.isEmpty() || !memberIds.get(0).equals(representativeId)) {
      throw new IllegalArgumentException("the representative must be the first member");
    }
  }

  public int size() {
    return memberIds.size();
  }
}
