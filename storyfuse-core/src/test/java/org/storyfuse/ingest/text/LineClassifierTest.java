package org.storyfuse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyfuse.ingest.dates.DateTextParser;

class LineClassifierTest {

  final LineClassifier classifier =
      new LineClassifier(
          new DateTextParser(Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC)));

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "Total", "0", "Share", "12 Shares", "1.2K Shares", "Share this article", "Tweet",
        "Facebook Twitter WhatsApp Email", "Follow us on X", "Toggle Menu Toggle Site Search",
        "Share on Facebook Tweet on Twitter Share on LinkedIn Pin on Pinterest", "Share | Tweet | Email", "Print",
        "2 mins read", "3 min read", "5-minute read", "Reading time: 4 minutes",
        "International Desk", "Online Desk", "Staff Reporter", "Our Correspondent",
        "Photo: Collected", "Photo: Harbour Ledger/File", "Image credit: Arnav Dey", "Source: Wires",
        "(Esta Media Network/Reuters)", "(With inputs from agencies)", "[Coastal Wire]", "— Coastal Wire",
        "Reporting by Ana Lima; Editing by Tom Berg", "(Additional reporting by Li Wen)",
        "*This story was updated at 09:31 p.m. local time", "This article was first published on Tidewater Review",
        "Updated 2 hours ago", "Published: 5 minutes ago",
        "12 comments", "Story continues below advertisement", "Anzeige", "Publicidad", "Реклама", "Article continues after this ad",
        "This website uses cookies to improve your experience while you navigate through the website.",
        "Necessary cookies are absolutely essential for the website to function properly.",
        "Go to Top", "Go toTop", "Back to top", "Skip to content", "Advertisement", "ADVERTISEMENT",
        "Tags: ferries, harbour, fares", "© 2021 Harbour Ledger. All rights reserved.",
        "***", "•", "---",
      })
  void furniture(String line) {
    assertThat(classifier.kindOf(line)).isEqualTo(LineKind.BOILERPLATE);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "Previous Story", "Next Story", "Previous Article", "Next article", "Related Posts",
        "Related Articles", "Latest from -Top News", "More from Harbour Ledger", "You may also like",
        "You might also like", "Most Read", "Don't Miss", "Don’t Miss", "Recommended for you",
        "Trending now", "Top Stories", "Leave a Reply", "Leave a comment", "Join the conversation",
        "Comments (12)", "244 thoughts on “Ferry fares rise again”", "2 replies", "Lesen Sie auch", "Kommentare (3)",
        "Zobacz również", "Recommended", "Recommended stories",
        "59 Comments on “Ferry fares rise again”", "10 comments:", "Recent Articles", "Recent posts", "More Videos",
      })
  void cutOffMarkers(String line) {
    assertThat(classifier.kindOf(line)).isEqualTo(LineKind.CUT_OFF);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        // a roundup's own list, under a label of its own words
        "Recommended courses:", "Recommended gear for a first hike",
      })
  void recommendationsOfTheArticlesOwnAreNoCutOff(String line) {
    assertThat(classifier.kindOf(line)).isNotEqualTo(LineKind.CUT_OFF);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "ALSO READ: Ferry fares rise for the third time", "Also read: Port strike ends", "READ MORE",
        "Read more: Harbour dredging plan approved", "See also: The port in numbers", "Watch: Storm hits the pier",
        // a list's marker with one headline after its colon labels a link inside the article
        "Recommended: Best coding bootcamps in NYC", "Don’t Miss: Program management software for many projects",
        "Trending: Ferry fares rise again",
      })
  void linkLines(String line) {
    assertThat(classifier.kindOf(line)).isEqualTo(LineKind.SEE_ALSO);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "Jan 13, 2022 16:12 UTC", "January 14, 2022", "Thursday January 13 2022",
        "Dhaka, Wednesday 19 January 2022", "Port Louis, 3 March 2021",
        "Published: 11:40 AM, 14 January 2022 Updated: 02:05 PM, 14 January 2022",
        "Posted on March 3, 2021 at 9:15 am", "Last updated: 2021-03-04T10:00:00Z", "13.01.2022",
      })
  void dateLines(String line) {
    assertThat(classifier.kindOf(line)).isEqualTo(LineKind.DATE);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "Dockworkers at Port Kestrel, seen on March 2, 2021. (Harbour Ledger photo)",
        "A ferry leaves the harbour on Tuesday. (AP Photo/Jane Roe)",
        "Commuters queue at the terminal. REUTERS/Ana Lima",
        "Photo: Commuters queue at the terminal before the strike began on Monday morning.",
      })
  void captions(String line) {
    assertThat(classifier.kindOf(line)).isEqualTo(LineKind.CAPTION);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "Ferry fares rise for the third time this year",
        "The port authority said on March 2, 2021 that fares would rise by 8% from April.",
        "Share prices of the operator fell 4% after the announcement, traders said.",
        "Photographers were not allowed on the pier.",
        "Total losses from the strike reached $3 million, the chamber of commerce said.",
        "Previous strikes, in 2019 and 2020, lasted less than a week and ended with pay deals.",
        "More from the minister's speech is expected to be published on Friday.",
        "Related talks between unions and the port will continue next week, officials said.",
        "Die Fähre legte am Dienstag wegen des Sturms nicht ab.",
        "港口管理局表示，从四月起票价将上涨百分之八。",
        "'Necessary steps will follow'",
        "The regulator said the banners made the button to accept all cookies large and bright.",
        "Our site uses a new layout from Monday, the editor said.",
        "Open Site Navigation Toggle Guide",
        "Story continues below the fold in the print edition, the editor said.",
      })
  void text(String line) {
    assertThat(classifier.kindOf(line)).isEqualTo(LineKind.TEXT);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {""})
  void blank(String line) {
    assertThat(classifier.kindOf(line)).isEqualTo(LineKind.BLANK);
  }
}
