package org.storyfuse.pipeline;

import java.util.List;
import java.util.Map;
import org.storyfuse.story.Level;

/**
 * Which storyline and which event every known article belongs to, and which are syndicated copies
 * of which. Storylines are what the store keeps as stories; each holds one or more events.
 *
 * @param storyMembers storyline id → member article ids in arrival order; storylines in founding order
 * @param storyOf      article id → storyline id
 * @param copyOf       article id → the id of the article it is a syndicated copy of (copies only)
 * @param founderSeq   storyline id → arrival sequence of its founding article
 * @param eventMembers event id → member article ids in arrival order; events in founding order
 * @param eventOf      article id → event id
 * @param eventsOf     storyline id → its event ids in founding order
 * @param eventFounderSeq event id → arrival sequence of its founding article
 */
record Grouping(Map<String, List<String>> storyMembers, Map<String, String> storyOf, Map<String, String> copyOf,
    Map<String, Long> founderSeq, Map<String, List<String>> eventMembers, Map<String, String> eventOf,
    Map<String, List<String>> eventsOf, Map<String, Long> eventFounderSeq) {

  /** Group id → members at the given level. */
  Map<String, List<String>> members(Level level) {
    return level == Level.EVENT ? eventMembers : storyMembers;
  }
}
