package org.storyfuse.render;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storyfuse.model.Brief;

/**
 * A brief as one self-contained HTML page: summary with citations that jump to the cited source
 * sentence, a timeline chart (inline SVG), quotes, discrepancies and entities, and the sources'
 * text. Every value from a source is escaped; the page carries no script, and a Content Security
 * Policy forbids any, so hostile article text cannot run. No external assets: the page works
 * offline and leaks no reads.
 */
public final class BriefHtml {

  private BriefHtml() {}

  public static String write(Brief brief, SourceTexts texts) {
    return write(brief, texts, Links.NONE);
  }

  /** One brief as a page of a site: with a link home and a link from each source to its stored text. */
  public static String write(Brief brief, SourceTexts texts, Links links) {
    String nav = links.home() == null ? ""
        : "<nav class=\"site\"><a href=\"" + Html.escape(links.home()) + "\">← All stories</a></nav>\n";
    return page(brief.headline(), nav + section(brief, texts, 0, links));
  }

  /**
   * Where a page served by a site links to; the standalone file has neither link.
   *
   * @param home    the story list, or null
   * @param article the page of a source's stored article, or null for none
   */
  public record Links(String home, Function<Brief.Source, String> article) {

    public static final Links NONE = new Links(null, s -> null);

    public Links {
      Objects.requireNonNull(article, "article");
    }
  }

  /** Several briefs on one page, each in its own section. */
  public static String write(List<Brief> briefs, List<SourceTexts> texts) {
    StringBuilder body = new StringBuilder();
    if (briefs.size() > 1) {
      body.append("<nav class=\"stories\"><h2>Stories</h2><ol>");
      for (int i = 0; i < briefs.size(); i++) {
        body.append("<li><a href=\"#story-").append(i + 1).append("\">")
            .append(Html.escape(briefs.get(i).headline())).append("</a> <span class=\"muted\">")
            .append(briefs.get(i).sources().size()).append(" sources</span></li>");
      }
      body.append("</ol></nav>");
    }
    for (int i = 0; i < briefs.size(); i++) {
      body.append(section(briefs.get(i), texts.get(i), i + 1, Links.NONE));
    }
    String title = briefs.isEmpty() ? "No stories" : briefs.get(0).headline();
    return page(title, body.toString());
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"generator\" content=\"Storyfuse\">\n"
        + "<title>" + Html.escape(title) + " — Storyfuse brief</title>\n"
        + "<style>" + Styles.CSS + "</style>\n</head>\n<body>\n" + body + "\n</body>\n</html>\n";
  }

  private static String section(Brief brief, SourceTexts texts, int storyNumber, Links links) {
    // Anchors are prefixed per story so several briefs can share one page.
    String p = storyNumber == 0 ? "" : "st" + storyNumber + "-";
    StringBuilder h = new StringBuilder();
    h.append("<article class=\"brief\" id=\"").append(storyNumber == 0 ? "story" : "story-" + storyNumber)
        .append("\" data-story-id=\"").append(Html.escape(brief.storyId())).append("\">\n");
    h.append("<header><h1>").append(Html.escape(brief.headline())).append("</h1>");
    h.append("<p class=\"meta\">").append(brief.sources().size()).append(" sources");
    if (brief.timeSpan().first() != null) {
      h.append(" · ").append(Html.escape(brief.timeSpan().first()));
      if (!brief.timeSpan().first().equals(brief.timeSpan().last())) {
        h.append(" – ").append(Html.escape(brief.timeSpan().last()));
      }
    }
    h.append(" · story <code>").append(Html.escape(brief.storyId())).append("</code></p></header>\n");

    h.append("<section class=\"summary\"><h2>Summary</h2>");
    if (brief.summary().isEmpty()) {
      h.append("<p class=\"empty\">").append(Html.escape(BriefMarkdown.NO_SUMMARY)).append("</p>");
    }
    h.append("<ol>");
    for (Brief.SummarySentence s : brief.summary()) {
      List<Brief.Claim> otherWordings = BeyondSummary.otherWordings(brief, s);
      int n = s.support().size();
      // as for a claim: every source that reports it, those in these words in the title
      int all = n + (int) otherWordings.stream().flatMap(w -> w.sources().stream()).distinct().count();
      h.append("<li class=\"").append(all > 1 ? "corroborated" : "single").append("\">")
          .append(Html.escape(s.text())).append(' ').append(citations(p, s.evidence()))
          .append(" <span class=\"support\" title=\"independent sources reporting this (in these words: ")
          .append(n).append(")\">").append(all).append(all == 1 ? " source" : " sources").append("</span>")
          .append(otherWordings(p, otherWordings)).append("</li>");
    }
    h.append("</ol></section>\n");

    // as in the Markdown: the corroborated claims the summary has no room for
    List<Brief.CorroboratedClaim> more = BeyondSummary.claims(brief);
    if (!more.isEmpty()) {
      h.append("<section class=\"corroborated\"><h2>Also corroborated</h2><ul>");
      for (Brief.CorroboratedClaim c : more) {
        int n = c.support().size();
        int all = c.allSources().size();
        h.append("<li>").append(Html.escape(c.text())).append(' ').append(citations(p, c.evidence()))
            .append(" <span class=\"support\" title=\"independent sources reporting this (in these words: ")
            .append(n).append(")\">").append(all).append(all == 1 ? " source" : " sources").append("</span>")
            .append(otherWordings(p, c.otherWordings())).append("</li>");
      }
      h.append("</ul></section>\n");
    }

    if (!brief.events().isEmpty()) {
      h.append("<section class=\"story-events\"><h2>Events</h2><ol class=\"story-events\">");
      for (Brief.Event e : brief.events()) {
        h.append("<li><span class=\"days\">").append(Html.escape(BriefMarkdown.days(e))).append("</span> ")
            .append(Html.escape(e.title() == null ? "(untitled)" : e.title())).append(' ')
            .append(sourceLinks(p, e.sources())).append("</li>");
      }
      h.append("</ol></section>\n");
    }

    if (!brief.timeline().isEmpty()) {
      h.append("<section class=\"timeline\"><h2>Timeline</h2>").append(TimelineChart.svg(brief.timeline(), p))
          .append("<ol class=\"events\">");
      int i = 1;
      for (Brief.TimelineEvent e : brief.timeline()) {
        h.append("<li id=\"").append(p).append("event-").append(i++).append("\"><time datetime=\"")
            .append(Html.escape(e.date())).append("\">").append(Html.escape(e.date())).append("</time> ")
            .append(Html.escape(e.event())).append(' ').append(citations(p, e.evidence()))
            .append(otherWordings(p, e.otherWordings())).append("</li>");
      }
      h.append("</ol></section>\n");
    }

    if (!brief.background().isEmpty()) {
      h.append("<section class=\"background\"><h2>Background</h2><ol class=\"background-events\">");
      for (Brief.TimelineEvent e : brief.background()) {
        h.append("<li><time datetime=\"").append(Html.escape(e.date())).append("\">").append(Html.escape(e.date()))
            .append("</time> ").append(Html.escape(e.event())).append(' ').append(citations(p, e.evidence()))
            .append("</li>");
      }
      h.append("</ol></section>\n");
    }

    if (!brief.quotes().isEmpty()) {
      h.append("<section class=\"quotes\"><h2>Key quotes</h2>");
      for (Brief.Quote q : brief.quotes()) {
        if (q.reported()) {
          // reported speech: "speaker said …" in the source's words, no blockquote, no quotation marks
          h.append("<figure class=\"quote reported\"><p><span class=\"speaker\">").append(Html.escape(q.speaker()))
              .append("</span>");
          if (q.role() != null) {
            h.append(" (<span class=\"role\">").append(Html.escape(q.role())).append("</span>)");
          }
          h.append(" said ").append(Html.escape(ReportedClause.afterSaid(q.text()))).append("</p><figcaption>reported speech ")
              .append(citations(p, q.evidence()));
        } else {
          h.append("<figure class=\"quote direct\"><blockquote>").append(Html.escape(q.text())).append("</blockquote>")
              .append("<figcaption><span class=\"speaker\">").append(Html.escape(q.speaker())).append("</span>");
          if (q.role() != null) {
            h.append(", <span class=\"role\">").append(Html.escape(q.role())).append("</span>");
          }
          h.append(' ').append(citations(p, q.evidence()));
        }
        if (!q.variants().isEmpty()) {
          String mark = q.reported() ? "" : "“";
          String close = q.reported() ? "" : "”";
          h.append("<div class=\"variants\">Also reported as: ")
              .append(q.variants().stream().map(v -> mark + Html.escape(v) + close).collect(Collectors.joining("; ")))
              .append("</div>");
        }
        h.append("</figcaption></figure>");
      }
      h.append("</section>\n");
    }

    if (!brief.discrepancies().isEmpty()) {
      h.append("<section class=\"discrepancies\"><h2>Discrepancies</h2>");
      for (Brief.Discrepancy d : brief.discrepancies()) {
        h.append("<div class=\"discrepancy kind-").append(Html.escape(d.kind())).append("\"><h3><span class=\"kind\">")
            .append(Html.escape(d.kind().replace('_', ' '))).append("</span> ").append(Html.escape(d.about()))
            .append("</h3><ul>");
        for (Brief.Claim c : d.claims()) {
          h.append("<li>").append(Html.escape(c.text())).append(' ').append(citations(p, c.evidence())).append("</li>");
        }
        h.append("</ul></div>");
      }
      h.append("</section>\n");
    }

    if (!brief.entities().isEmpty()) {
      h.append("<section class=\"entities\"><h2>Entities</h2><table><thead><tr><th>name</th><th>type</th>"
          + "<th>roles</th><th>mentions</th><th>sources</th></tr></thead><tbody>");
      for (Brief.Entity e : brief.entities()) {
        h.append("<tr><td>").append(Html.escape(e.name())).append("</td><td>").append(Html.escape(e.type()))
            .append("</td><td>").append(Html.escape(String.join("; ", e.roles()))).append("</td><td>")
            .append(e.mentions()).append("</td><td>").append(sourceLinks(p, e.sources())).append("</td></tr>");
      }
      h.append("</tbody></table></section>\n");
    }

    h.append("<section class=\"sources\"><h2>Sources</h2>");
    for (Brief.Source s : brief.sources()) {
      h.append("<div class=\"source\" id=\"").append(p).append("src-").append(s.id()).append("\"><h3>[")
          .append(s.id()).append("] ").append(Html.escape(SourceLabels.name(s)))
          .append(s.outletInferred() ? " <span class=\"inferred\">(outlet inferred)</span>" : "")
          .append(s.title() != null ? " — " + Html.escape(s.title()) : "").append("</h3><p class=\"meta\">")
          .append(s.published() == null ? "date unknown" : Html.escape(s.published()))
          .append(s.publishedInferred() ? " <span class=\"inferred\">(inferred)</span>" : "");
      if (s.duplicateOf() != null) {
        h.append(" · syndicated copy of <a href=\"#").append(p).append("src-").append(s.duplicateOf())
            .append("\">[").append(s.duplicateOf()).append("]</a>");
      }
      h.append(" · ").append(Html.sourceLink(s.url(), s.origin()));
      String stored = links.article().apply(s);
      if (stored != null) {
        h.append(" · <a class=\"stored\" href=\"").append(Html.escape(stored)).append("\">article text</a>");
      }
      h.append("</p><div class=\"text\">");
      List<String> sentences = texts.of(s.id());
      for (int i = 0; i < sentences.size(); i++) {
        h.append("<span class=\"sentence\" id=\"").append(p).append("s").append(s.id()).append('-').append(i)
            .append("\">").append(Html.escape(sentences.get(i))).append("</span> ");
      }
      h.append("</div></div>");
    }
    h.append("</section>\n</article>\n");
    return h.toString();
  }

  /** "[2][4]" links, each to the cited sentence of that source. */
  /** Sources that report an item in their own words, each cited after its words. */
  private static String otherWordings(String p, List<Brief.Claim> wordings) {
    if (wordings.isEmpty()) {
      return "";
    }
    StringBuilder h = new StringBuilder("<ul class=\"other-wordings\">");
    for (Brief.Claim w : wordings) {
      h.append("<li>in other words: ").append(Html.escape(w.text())).append(' ').append(citations(p, w.evidence()))
          .append("</li>");
    }
    return h.append("</ul>").toString();
  }

  private static String citations(String prefix, List<Brief.SentenceRef> refs) {
    return refs.stream()
        .map(r -> "<a class=\"cite\" href=\"#" + prefix + "s" + r.source() + "-" + r.sentence() + "\">[" + r.source() + "]</a>")
        .collect(Collectors.joining());
  }

  private static String sourceLinks(String prefix, List<Integer> sources) {
    return sources.stream()
        .map(s -> "<a class=\"cite\" href=\"#" + prefix + "src-" + s + "\">[" + s + "]</a>")
        .collect(Collectors.joining());
  }
}
