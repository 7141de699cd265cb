package org.storyfuse.pipeline;


/**
 * The one story-id scheme: a story is named after its founding article, the member that arrived
 * first (lowest arrival sequence). Later articles never change the founder, so a story keeps its
 * id as it grows; when two stories merge, the older founder wins and the other id becomes an alias.
 * A batch run and a store fed the same articles in the same order name every story alike.
 */
public final class StoryIds {

  private StoryIds() {}

  /** An event's id: "e" and the same 40 bits of its founding article's id. */
  public static String event(String founderArticleId) {
    return "e" + of(founderArticleId).substring(1);
  }

  /** "s" and the first 40 bits of SHA-256 of the founding article's id, in hex (as stores have used since v1). */
  public static String of(String founderArticleId) {
    return "s" + org.storyfuse.model.Digests.sha256Hex(founderArticleId, 5);
  }
}
