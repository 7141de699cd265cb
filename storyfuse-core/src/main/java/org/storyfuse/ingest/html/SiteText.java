package org.storyfuse.ingest.html;

import java.util.Locale;
import java.util.Set;

/**
 * Text in which the site talks to its reader about the site: cookie and consent panels ("Privacy
 * Overview"), comment policies and moderation notices, newsletter boxes, customer-service and
 * subscription blocks, "about us" boxes. It is written as prose, so prose-weighing alone can take a
 * long consent panel for the article when the article is short. Three features tell it from news,
 * whatever the markup or the site: it uses the vocabulary of running a website (cookies, consent,
 * comments and moderation, newsletter, inbox, subscription, customer service), it addresses the reader
 * ("you", "your", "we", "our"), and it reports nothing: no "said", "told", "according to".
 * Counts are kept per block and summed per element, so a region is judged by all its text.
 * Stateless and thread-safe.
 */
final class SiteText {

  private SiteText() {}

  /** Counts over some text. */
  record Counts(int words, int siteTerms, int address, int reporting) {

    static final Counts NONE = new Counts(0, 0, 0, 0);

    boolean isSiteish() {
      return SiteText.isSiteish(this);
    }

    /**
     * The site talking about itself: enough of its vocabulary (one word in 40), the reader
     * addressed (one word in 70), and next to no reporting (fewer than one "said" in 150 words).
     */
    boolean isSiteText() {
      return words >= MIN_WORDS && siteTerms >= 3 && siteTerms * 40 >= words && address * 70 >= words
          && reporting * 150 < words;
    }
  }

  /** Whether something reads as the site's own: its vocabulary or the reader addressed, and no reporting. */
  static boolean isSiteish(Counts c) {
    return c.siteTerms + c.address >= 1 && c.reporting == 0;
  }

  /** Less text than this is judged by other rules (furniture wording, link density). */
  static final int MIN_WORDS = 20;

  /**
   * Words of running a website that news rarely needs: cookies and consent, comments and their
   * moderation, newsletters, subscriptions and their paywall prompts, a mailing list's lines, a
   * newsroom's appeals for money. Pairs ("customer service", "sign up", "privacy policy") are
   * matched as pairs.
   */
  private static final Set<String> TERMS = Set.of(
      "cookie", "cookies", "consent", "consenting", "gdpr", "ccpa", "comment", "comments",
      "commenting", "commenters", "moderated", "moderator", "moderators", "moderation",
      "newsletter", "newsletters", "inbox", "subscribe", "subscribed", "unsubscribe", "subscription",
      "subscriptions", "subscriber", "subscribers", "subscribing", "signup", "opt-out", "paywall",
      // republication terms ("Republish this article … under a Creative Commons licence"): the site's rules
      "republish", "reprint", "reprints",
      // reader revenue: a newsroom asking its readers for money ("Donate now", "… your gift will be matched")
      "donate", "donating", "donation", "donations", "fundraising");

  private static final Set<String> TERM_PAIRS = Set.of(
      "customer service", "customer services", "customer care", "privacy policy", "privacy notice",
      "privacy overview", "privacy settings", "community guidelines", "sign up", "opt out",
      "terms of", "your account", "contact us", "personal data", "third-party cookies",
      // a metered paywall's prompt, often between the article's paragraphs
      "free articles", "unlimited access", "digital access", "digital edition", "digital subscription",
      "free trial", "sign in", "log in",
      // an appeal to readers to write in ("Have you been affected…? Share your experiences…")
      "in touch", "your experiences", "contact number", "mobile version", "creative commons",
      // a mailing list's own lines on a newsletter's web version ("You are receiving this email because you
      // signed up … Update your preferences")
      "this email", "signed up", "your preferences",
      // a newsroom's appeal for support in its own voice ("please consider supporting us … keeps our journalism going")
      "support us", "supporting us", "support our", "our journalism", "our reporting", "independent journalism", "local journalism",
      "your gift", "your support", "readers like", "a contribution", "nonprofit newsroom");

  private static final Set<String> ADDRESS = Set.of("you", "your", "yours", "we", "our", "us", "ours");

  private static final Set<String> REPORTING = Set.of(
      "said", "says", "told", "according", "reported", "announced", "added", "stated", "claimed");

  /** Counts for one block's text. */
  static Counts count(String text) {
    int words = 0;
    int terms = 0;
    int address = 0;
    int reporting = 0;
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    int i = 0;
    String previous = "";
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(lower.charAt(i)) || lower.charAt(i) == '-')) {
        i++;
      }
      if (i > start) {
        String w = lower.substring(start, i);
        words++;
        if (TERMS.contains(w) || TERM_PAIRS.contains(previous + " " + w)) {
          terms++;
        } else if (ADDRESS.contains(w)) {
          address++;
        } else if (REPORTING.contains(w)) {
          reporting++;
        }
        previous = w;
      }
    }
    return new Counts(words, terms, address, reporting);
  }
}
