package org.storyfuse.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Articles written for these tests (no shared data is copied into the repository). */
final class WebFixtures {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final List<String> FLOODS = List.of(
      "Heavy rain flooded the port of Valmora on Tuesday, forcing the harbour authority to close all twelve berths.",
      "Harbour master Ilse Marquand said the water had risen 1.8 metres above the quay in less than six hours.",
      "Container ships waiting outside Valmora were told to anchor offshore until the flood water recedes.",
      "The regional government of Oster Vale declared an emergency and sent pumps and army engineers to the port.",
      "Shipping agents in Valmora expect the closure to delay grain exports by at least a week.",
      "Forecasters warned that more rain would fall on the Valmora coast before the weekend.");

  private static final List<String> EXTRA = List.of(
      "Fishermen moved their boats to the inner basin before the storm reached the coast.",
      "Local schools near the harbour stayed closed as a precaution.",
      "Insurers said it was too early to estimate the cost of the damage.",
      "The rail link to the container terminal was also cut by the water.",
      "Residents of the old town filled sandbags through the night.",
      "The mayor asked drivers to avoid the coastal road.");

  private WebFixtures() {}

  /** Report number {@code n} of the Valmora floods, as news-please JSON: same story, own wording. */
  static String floodsJson(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < FLOODS.size(); i++) {
      // each report drops one shared sentence and adds one of its own, so no two are duplicates
      if (i != n % FLOODS.size()) {
        text.append(FLOODS.get(i)).append("\n\n");
      }
    }
    text.append(EXTRA.get(n % EXTRA.size()));
    ObjectNode o = MAPPER.createObjectNode();
    o.put("title", "Floods close the port of Valmora, report " + n);
    o.put("maintext", text.toString());
    o.put("date_publish", "2026-03-1" + (n % 3) + " 08:00:00");
    o.put("source_domain", "outlet" + n + ".example");
    o.put("url", "https://outlet" + n + ".example/valmora-floods");
    return o.toString();
  }

  static String electionText() {
    return """
        Lindqvist wins Norrby mayoral race

        Anna Lindqvist won the mayoral election in Norrby on Sunday with 54 percent of the vote, the electoral board said.

        Her rival, the incumbent Petter Holm, conceded the race late in the evening and congratulated her.

        Turnout was 71 percent, the highest the town has seen in two decades.

        Lindqvist has promised to build a new library and to extend the tram line to the harbour district.
        """;
  }

  static String pageHtml() {
    return """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Bridge reopens after repairs | Kessel Courier</title>
        <meta property="og:title" content="Bridge reopens after repairs"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Bridge reopens after repairs</h1>
        <p>The Kessel bridge reopened to traffic on Monday after eight months of repairs to its steel deck and cables.</p>
        <p>City engineer Mara Voss said the works had finished two weeks ahead of schedule and within the budget.</p>
        <p>Buses will return to their old routes across the river from Wednesday, the transport office said.</p>
        </article><aside><p>Subscribe to our newsletter for daily updates.</p></aside></body></html>
        """;
  }
}
