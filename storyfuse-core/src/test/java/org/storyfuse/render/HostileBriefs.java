package org.storyfuse.render;

import java.util.List;
import java.util.Map;
import org.storyfuse.model.Brief;

/** A brief whose every source-supplied field carries markup that would run if left unescaped. */
final class HostileBriefs {

  static final String SCRIPT = "<script>document.documentElement.setAttribute('data-pwned','script')</script>";
  static final String IMG = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">";
  static final String BREAKOUT = "\"><svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\">";

  private HostileBriefs() {}

  static Brief brief() {
    Brief.SentenceRef r1 = new Brief.SentenceRef(1, 0);
    Brief.SentenceRef r2 = new Brief.SentenceRef(2, 1);
    return new Brief(
        "s0123456789",
        "Floods close the port " + SCRIPT,
        new Brief.TimeSpan("2026-03-09", "2026-03-11"),
        List.of(
            new Brief.Source(1, "a1", "a.html", "Harbor " + IMG, "Port shut " + SCRIPT,
                "javascript:alert(1)", "2026-03-10", false, null),
            new Brief.Source(2, "a2", "b.txt", null, "Thousands evacuated " + BREAKOUT,
                "https://example.org/news?id=7&ref=home", "2026-03-11", true, null),
            new Brief.Source(3, "a3", "c\"><script>alert(3)</script>.txt", null, null,
                "https://example.org/a?x=\"><script>alert(1)</script>", null, false, 2)),
        List.of(
            new Brief.SummarySentence("The port closed on Monday " + SCRIPT, List.of(1, 2), 1, List.of(r1, r2)),
            new Brief.SummarySentence("Only one outlet says this " + IMG, List.of(2), 2, List.of(r2))),
        // other sentences than the summary's, so "Also corroborated" lists it (BeyondSummary)
        List.of(new Brief.CorroboratedClaim("Both say the port closed " + BREAKOUT, List.of(1, 2), 1,
            List.of(new Brief.SentenceRef(1, 1), new Brief.SentenceRef(2, 0)))),
        List.of(new Brief.Quote("Marta Ilves " + IMG, "chief executive " + BREAKOUT,
            "We will not reopen " + SCRIPT, Brief.Quote.DIRECT, List.of("variant " + IMG), List.of(1, 2), List.of(r1, r2)),
            new Brief.Quote("Jonas Reinholt", null, "the water had risen faster than forecast",
                Brief.Quote.REPORTED, List.of(), List.of(2), List.of(r2))),
        List.of(
            new Brief.TimelineEvent("2026-03", "month", "Rain all month " + SCRIPT, List.of(1), List.of(r1)),
            new Brief.TimelineEvent("2026-03-09", "day", "River bursts its banks " + IMG, List.of(1, 2), List.of(r1, r2)),
            new Brief.TimelineEvent("2026-03-09", "day", "Port closes", List.of(2), List.of(r2))),
        List.of(new Brief.TimelineEvent("1998", "year", "The last great flood was in 1998 " + IMG, List.of(1), List.of(r1))),
        List.of(new Brief.Entity("Valmora " + SCRIPT, "LOCATION", List.of("city " + IMG), 4, List.of(1, 2))),
        List.of(new Brief.Discrepancy("number", "residents evacuated " + SCRIPT, List.of(
            new Brief.Claim("about 4,000 " + IMG, List.of(1), List.of(r1)),
            new Brief.Claim("6,500 " + BREAKOUT, List.of(2), List.of(r2))))),
        List.of(new Brief.Event("e1", "River bursts its banks " + SCRIPT, "2026-03-09", "2026-03-10", List.of(1, 3)),
            new Brief.Event("e2", "Inquiry opens " + IMG, "2026-03-11", "2026-03-11", List.of(2))));
  }

  static SourceTexts texts() {
    return new SourceTexts(Map.of(
        1, List.of("The port closed on Monday " + SCRIPT, "Second sentence."),
        2, List.of("First sentence " + BREAKOUT, "Only one outlet says this " + IMG)));
  }
}
