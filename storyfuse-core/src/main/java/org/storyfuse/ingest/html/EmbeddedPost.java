package org.storyfuse.ingest.html;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * A post from another site embedded in the page: the {@code <blockquote>} that a social network's
 * or a blog platform's embed script (Instagram, X/Twitter, TikTok, Threads, Bluesky, Reddit,
 * Facebook, Imgur, WordPress's post embeds) replaces with its own frame. Its text is the script's
 * fallback ("View this post on Instagram · A post shared by …", a tweet's words and date), not the
 * article's; the frame that replaces it is dropped like every other frame.
 */
final class EmbeddedPost {

  private EmbeddedPost() {}

  /** Class fragments the embed scripts look for, all platforms' conventions, not sites'. */
  private static final List<String> EMBED_CLASS_PARTS = List.of(
      "embed", "instagram-media", "twitter-tweet", "twitter-video", "tiktok", "text-post-media",
      "fb-xfbml", "reddit-card");

  /** Whether {@code el} is such a blockquote. */
  static boolean isEmbeddedPost(Element el) {
    if (!el.normalName().equals("blockquote")) {
      return false;
    }
    String cls = el.className().toLowerCase(Locale.ROOT);
    if (cls.isEmpty()) {
      return false;
    }
    for (String part : EMBED_CLASS_PARTS) {
      if (cls.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
