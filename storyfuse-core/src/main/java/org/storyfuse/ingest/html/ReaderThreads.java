package org.storyfuse.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.jsoup.nodes.Element;

/**
 * The posts of a readers' thread, found by their shape when no class or id names them (hashed class
 * names, a "conversation" box): three or more sibling elements of one tag and class, each with its
 * own "Reply" control, making up at least half of their parent's children. A comment is prose, and
 * readers write more of it under a short report than the report holds, so a thread could outweigh
 * the article; a named thread ("comments", "disqus", "reactions") is furniture by its name already
 * ({@link BoilerplateHints}). Stateless and thread-safe.
 */
final class ReaderThreads {

  private ReaderThreads() {}

  /** Siblings that make a thread, at least. */
  static final int MIN_POSTS = 3;

  /**
   * The thread posts under {@code body}: none when the page holds less than {@code minOtherProse}
   * words of prose outside them (a forum page: its posts are its text).
   *
   * @param hasText whether an element holds any text block
   * @param prose   the prose words an element holds
   */
  static Set<Element> posts(Element body, Predicate<Element> hasText, ToIntFunction<Element> prose, int minOtherProse) {
    Set<Element> holdingReply = holdingReplyControl(body);
    if (holdingReply.isEmpty()) {
      return Set.of();
    }
    Set<Element> posts = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element parent : holdingReply) {
      List<Element> kids = parent.children();
      if (kids.size() < MIN_POSTS) {
        continue;
      }
      Map<String, List<Element>> byKind = new TreeMap<>();
      for (Element kid : kids) {
        if (hasText.test(kid) && holdingReply.contains(kid)) {
          byKind.computeIfAbsent(kid.normalName() + "." + kid.className(), k -> new ArrayList<>()).add(kid);
        }
      }
      for (List<Element> group : byKind.values()) {
        if (group.size() >= MIN_POSTS && 2 * group.size() >= kids.size()) {
          posts.addAll(group);
        }
      }
    }
    // replies nest in their posts: count each outermost post's prose once
    int threadProse = posts.stream().filter(e -> !inside(e.parent(), posts, body)).mapToInt(prose).sum();
    return prose.applyAsInt(body) - threadProse < minOtherProse ? Set.of() : posts;
  }

  /** Whether {@code el} is, or sits inside, one of {@code posts}. */
  private static boolean inside(Element el, Set<Element> posts, Element body) {
    for (Element a = el; a != null && a != body; a = a.parent()) {
      if (posts.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The elements that hold a link reading "Reply" (or "Reply to …"), or held such a button (the
   * cleaner removes buttons and marks where they were, {@link PageCleaner#REPLY_MARK}): each
   * control's ancestors up to the first already counted, so the work is linear in the page.
   */
  private static Set<Element> holdingReplyControl(Element body) {
    Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> controls = new ArrayList<>(body.getElementsByAttribute(PageCleaner.REPLY_MARK));
    for (Element link : body.getElementsByTag("a")) {
      if (PageCleaner.isReplyLabel(link.text())) {
        controls.add(link);
      }
    }
    for (Element control : controls) {
      for (Element a = control; a != null && out.add(a); a = a == body ? null : a.parent()) {
        // each element is added once; the walk stops at the first one already counted
      }
    }
    return out;
  }
}
