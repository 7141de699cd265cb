package org.storyfuse.render;

/** The brief page's stylesheet, inlined so the page is one self-contained file. */
public final class Styles {

  private Styles() {}

  public static final String CSS = """
      :root { --ink:#1d232a; --muted:#5f6b76; --line:#d8dee4; --accent:#0b5fad; --warn:#a04b00; --ok:#2b7a3d; }
      * { box-sizing: border-box; }
      body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink);
             max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
      h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .3rem; }
      h2 { font-size: 1.15rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
      h3 { font-size: 1rem; margin: .8rem 0 .3rem; }
      .meta, .muted { color: var(--muted); font-size: .9rem; }
      a.cite { text-decoration: none; color: var(--accent); font-size: .85em; vertical-align: super; }
      .summary li { margin: .45rem 0; }
      .summary li.single { border-left: 3px solid var(--warn); padding-left: .5rem; list-style-position: inside; }
      .support { color: var(--muted); font-size: .8rem; margin-left: .3rem; }
      .summary li.corroborated .support { color: var(--ok); }
      .timeline-chart { display: block; margin: .5rem 0 1rem; }
      .timeline-chart .axis { stroke: var(--muted); stroke-width: 2; }
      .timeline-chart .axis-label { font-size: 12px; fill: var(--muted); }
      .timeline-chart .axis-break { font-size: 14px; font-weight: 700; fill: var(--muted); }
      .timeline-chart .event { fill: var(--accent); }
      .timeline-chart .event.approx { fill: #fff; stroke: var(--accent); stroke-width: 2; }
      .timeline-chart .marker { font-size: 9px; fill: #fff; text-anchor: middle; pointer-events: none; }
      .events time { font-weight: 600; margin-right: .3rem; }
      figure.quote { margin: .8rem 0; padding: .5rem .8rem; border-left: 4px solid var(--accent); background: #f5f8fb; }
      figure.quote blockquote { margin: 0; font-style: italic; }
      figure.quote blockquote::before { content: "“"; } figure.quote blockquote::after { content: "”"; }
      .speaker { font-weight: 600; } .variants { color: var(--muted); font-size: .85rem; }
      .discrepancy { border: 1px solid #f0c9a0; background: #fff7ef; border-radius: 6px; padding: .3rem .8rem; margin: .6rem 0; }
      .discrepancy .kind { text-transform: uppercase; font-size: .75rem; color: var(--warn); letter-spacing: .04em; margin-right: .4rem; }
      table { border-collapse: collapse; width: 100%; font-size: .92rem; }
      th, td { text-align: left; border-bottom: 1px solid var(--line); padding: .25rem .4rem; vertical-align: top; }
      .source { margin: 1rem 0; } .source .text { font-size: .93rem; color: #333; }
      .sentence:target { background: #fff2a8; outline: 2px solid #f0d000; }
      .inferred { color: var(--warn); }
      nav.stories ol { padding-left: 1.2rem; }
      article.brief + article.brief { margin-top: 3rem; border-top: 3px double var(--line); padding-top: 1rem; }
      """;
}
