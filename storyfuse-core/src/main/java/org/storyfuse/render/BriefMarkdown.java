package org.storyfuse.render;

import java.util.List;
import java.util.stream.Collectors;
import org.storyfuse.model.Brief;

/**
 * Briefs as Markdown for terminals and notes. Every value from a source is untrusted: line breaks
 * are folded (a value cannot forge a heading or list item), HTML's {@code & < >} become entities
 * (a Markdown renderer passes raw HTML through, so {@code <script>} or {@code <img onerror>} in a
 * title would run) and link brackets are escaped (no {@code [text](javascript:…)} links); URLs
 * shown as code have backticks, angle brackets and quotes percent-encoded.
 */
public final class BriefMarkdown {

  /**
   * Said where a story has no sentence a summary may show (every one too short, too long, a fragment
   * or a bare quote): an empty section would read as a fault.
   */
  static final String NO_SUMMARY = "No sentence of these reports can stand alone as a summary; see the sources.";


  /** A terminal brief lists the most widely carried quotes and entities; the JSON has them all. */
  static final int MAX_QUOTES = 10;

  static final int MAX_ENTITIES = 20;

  private BriefMarkdown() {}

  private static void more(StringBuilder md, int hidden, String what) {
    if (hidden > 0) {
      md.append("- … ").append(hidden).append(" more ").append(what).append(" in the JSON and HTML output\n");
    }
  }

  public static String write(Brief brief) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(oneLine(brief.headline())).append("\n\n");
    md.append('*').append(storyLine(brief)).append("*\n\n");

    md.append("## Summary\n\n");
    if (brief.summary().isEmpty()) {
      md.append(NO_SUMMARY).append('\n');
    }
    for (Brief.SummarySentence s : brief.summary()) {
      md.append("- ").append(oneLine(s.text())).append(' ').append(citations(s.support())).append('\n');
      otherWordings(md, BeyondSummary.otherWordings(brief, s));
    }
    // the claims the summary has no room for: a reader checking corroboration wants them all
    List<Brief.CorroboratedClaim> more = BeyondSummary.claims(brief);
    if (!more.isEmpty()) {
      md.append("\n## Also corroborated\n\n");
      for (Brief.CorroboratedClaim c : more) {
        md.append("- ").append(oneLine(c.text())).append(' ').append(citations(c.support())).append('\n');
        otherWordings(md, c.otherWordings());
      }
    }
    if (!brief.quotes().isEmpty()) {
      md.append("\n## Key quotes\n\n");
      for (Brief.Quote q : brief.quotes().subList(0, Math.min(MAX_QUOTES, brief.quotes().size()))) {
        md.append("- **").append(oneLine(q.speaker())).append("**");
        if (q.role() != null) {
          md.append(" (").append(oneLine(q.role())).append(')');
        }
        if (q.reported()) {
          // reported speech: the source's own words after the speaker, never between quotation marks
          md.append(" said ").append(oneLine(ReportedClause.afterSaid(q.text()))).append(' ').append(citations(q.sources())).append('\n');
        } else {
          md.append(": “").append(oneLine(q.text())).append("” ").append(citations(q.sources())).append('\n');
        }
      }
    }
    more(md, brief.quotes().size() - MAX_QUOTES, "quotes");
    if (!brief.events().isEmpty()) {
      md.append("\n## Events\n\n");
      for (Brief.Event e : brief.events()) {
        md.append("- **").append(days(e)).append("** ")
            .append(e.title() == null ? "(untitled)" : oneLine(e.title())).append(' ')
            .append(citations(e.sources())).append('\n');
      }
    }
    if (!brief.timeline().isEmpty()) {
      md.append("\n## Timeline\n\n");
      for (Brief.TimelineEvent e : brief.timeline()) {
        md.append("- **").append(e.date()).append("** ").append(oneLine(e.event())).append(' ')
            .append(citations(e.sources())).append('\n');
        otherWordings(md, e.otherWordings());
      }
    }
    if (!brief.background().isEmpty()) {
      md.append("\n## Background\n\n");
      for (Brief.TimelineEvent e : brief.background()) {
        md.append("- **").append(e.date()).append("** ").append(oneLine(e.event())).append(' ')
            .append(citations(e.sources())).append('\n');
      }
    }
    if (!brief.discrepancies().isEmpty()) {
      md.append("\n## Discrepancies\n\n");
      for (Brief.Discrepancy d : brief.discrepancies()) {
        md.append("- *").append(d.kind()).append("* — ").append(oneLine(d.about())).append('\n');
        for (Brief.Claim c : d.claims()) {
          md.append("  - ").append(oneLine(c.text())).append(' ').append(citations(c.sources())).append('\n');
        }
      }
    }
    if (!brief.entities().isEmpty()) {
      md.append("\n## Entities\n\n");
      for (Brief.Entity e : brief.entities().subList(0, Math.min(MAX_ENTITIES, brief.entities().size()))) {
        md.append("- ").append(oneLine(e.name())).append(" (").append(e.type().toLowerCase()).append(')');
        if (!e.roles().isEmpty()) {
          md.append(" — ").append(oneLine(String.join("; ", e.roles())));
        }
        md.append(' ').append(citations(e.sources())).append('\n');
      }
    }
    more(md, brief.entities().size() - MAX_ENTITIES, "entities");

    md.append("\n## Sources\n\n");
    for (Brief.Source s : brief.sources()) {
      md.append('[').append(s.id()).append("] ");
      md.append("**").append(oneLine(SourceLabels.name(s))).append("**");
      if (s.outletInferred()) {
        md.append(" (outlet inferred)");
      }
      md.append(" — ");
      md.append(s.title() == null ? "(untitled)" : oneLine(s.title()));
      md.append(" (").append(s.published() == null ? "date unknown" : s.published());
      if (s.publishedInferred()) {
        md.append(", inferred");
      }
      md.append(')');
      if (s.duplicateOf() != null) {
        md.append(" — syndicated copy of [").append(s.duplicateOf()).append(']');
      }
      md.append(" `").append(s.url() != null ? code(s.url()) : code(s.origin())).append("`\n");
    }
    return md.toString();
  }

  public static String write(List<Brief> briefs) {
    return briefs.stream().map(BriefMarkdown::write).collect(Collectors.joining("\n---\n\n"));
  }

  private static String storyLine(Brief brief) {
    int n = brief.sources().size();
    String line = "Story " + brief.storyId() + " · " + n + (n == 1 ? " source" : " sources");
    Brief.TimeSpan span = brief.timeSpan();
    if (span.first() != null) {
      line += " · " + (span.first().equals(span.last()) ? span.first() : span.first() + " – " + span.last());
    }
    return line;
  }

  /** Sources that report an item in their own words: each cited after its words, never after the item's. */
  private static void otherWordings(StringBuilder md, List<Brief.Claim> wordings) {
    for (Brief.Claim w : wordings) {
      md.append("  - in other words: ").append(oneLine(w.text())).append(' ').append(citations(w.sources())).append('\n');
    }
  }

  /** "2022-01-10", "2022-01-10 – 2022-01-12", or "undated". */
  static String days(Brief.Event e) {
    if (e.first() == null) {
      return "undated";
    }
    return e.first().equals(e.last()) ? e.first() : e.first() + " – " + e.last();
  }

  private static String citations(List<Integer> sources) {
    return sources.stream().map(i -> "[" + i + "]").collect(Collectors.joining());
  }

  /** A source value on one line, safe in Markdown (see the class comment). */
  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String line = s.replaceAll("\\s+", " ").strip();
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '[', ']', '\\' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A URL or path inside a code span: never able to close the span, and with the characters HTML
   * needs percent-encoded (as a URL may carry them), so no renderer or grep sees markup in it.
   */
  private static String code(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip().replace("`", "%60").replace("<", "%3C")
        .replace(">", "%3E").replace("\"", "%22");
  }
}
