package org.storyfuse.pipeline;

import java.util.List;
import java.util.Map;

/**
 * Which story every known article belongs to, and which are syndicated copies of which.
 *
 * @param storyMembers story id → member article ids in arrival order; stories in founding order
 * @param storyOf      article id → story id
 * @param copyOf       article id → the id of the article it is a syndicated copy of (copies only)
 * @param founderSeq   story id → arrival sequence of its founding article
 */
record Grouping(Map<String, List<String>> storyMembers, Map<String, String> storyOf, Map<String, String> copyOf,
    Map<String, Long> founderSeq) {}
