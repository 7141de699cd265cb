package org.storyfuse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.storyfuse.ingest.Extraction;

/** Sections a heading names as furniture (author box, related stories) after the article. */
class SectionLabelsTest {

  private static String fixture(String name) throws IOException {
    try (InputStream in = SectionLabelsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void labelsAreWholeShortLines() {
    assertThat(SectionLabels.isLabel("Related stories")).isTrue();
    assertThat(SectionLabels.isLabel("About the Author")).isTrue();
    assertThat(SectionLabels.isLabel("You might also like…")).isTrue();
    assertThat(SectionLabels.isLabel("More from the Courier:")).isTrue();
    assertThat(SectionLabels.isLabel("Disclaimer")).isTrue();
    // a heading of the article, a line that starts like a label, a long line
    assertThat(SectionLabels.isLabel("What changed inside")).isFalse();
    assertThat(SectionLabels.isLabel("About the flood")).isFalse();
    assertThat(SectionLabels.isLabel("Related: How the spring flood hit Millbrook")).isFalse();
    assertThat(SectionLabels.isLabel(
        "Related stories were not enough to explain why the river rose so fast that night")).isFalse();
  }

  @Test
  void authorBoxAndRelatedStoriesAfterTheArticleAreDropped() throws IOException {
    Extraction x = new HtmlArticleExtractor().extract(fixture("millbrook-courier-sections.html"),
        "https://courier.example/news/library-reopens");
    String body = String.join("\n", x.paragraphs());
    assertThat(body).doesNotContain("About the author", "Tom Reyes covers", "loud geese",
        "Related stories", "Council votes on flood barrier plan", "Councillors will decide",
        "Dozens of households");
    // the whole article stays, the paragraph after an inline "Related:" line and its sub-heading included
    assertThat(x.paragraphs()).containsSubsequence(
        "The Millbrook public library opened its doors again on Tuesday, eight months after the spring"
            + " flood soaked its ground floor and ruined more than four thousand books.",
        "Head librarian Ruth Okafor said the children's corner had been rebuilt first because families"
            + " had asked for it most often during the closure.",
        "What changed inside",
        "The repairs cost the town just under two million, most of it paid by the state's flood relief"
            + " fund and the rest by a local appeal.");
  }

  @Test
  void aLabelBeforeTheArticleDoesNotTakeTheArticleWithIt() {
    Document doc = Jsoup.parse("<div id=root><div class=col><h3>Popular posts</h3>"
        + "<p>The ferry timetable changes on Sunday, with two more crossings on weekday evenings.</p>"
        + "<h2>Harbour dredging to begin in March</h2>"
        + "<p>Work to deepen the harbour mouth will start in March and last about ten weeks, the port"
        + " authority said on Friday, after two years of delays over the permit for the spoil site.</p>"
        + "<p>Fishing boats will use the north channel while the dredger works, and pleasure craft will be"
        + " asked to stay out of the harbour on weekdays until the work is finished in May.</p></div></div>");
    List<TextBlock> blocks = BlockSegmenter.segment(doc.body());
    Set<TextBlock> dropped = SectionLabels.furniture(blocks, doc.getElementById("root"), b -> true);
    assertThat(dropped).extracting(TextBlock::text).containsExactly("Popular posts");
  }

  @Test
  void aFlatSectionEndsAtTheNextHeadingOfItsRank() {
    StringBuilder article = new StringBuilder("<div id=root>");
    for (int i = 0; i < 3; i++) {
      article.append("<p>The new timetable adds an early train on weekdays, and the late train on Fridays now"
          + " runs an hour later to suit people coming home from the theatre in town.</p>");
    }
    article.append("<h2>Further changes</h2><p>Saturday services keep their old times for now.</p>"
        + "<h2>More from the line</h2><h3>Station car park to grow</h3>"
        + "<p>Forty spaces will be added behind the goods shed by the end of the year, the operator says.</p>"
        + "<h2>Timetable in full</h2><p>Trains leave on the hour from six until midnight.</p></div>");
    Document doc = Jsoup.parse(article.toString());
    List<TextBlock> blocks = BlockSegmenter.segment(doc.body());
    Set<TextBlock> dropped = SectionLabels.furniture(blocks, doc.getElementById("root"), b -> true);
    assertThat(dropped).extracting(TextBlock::text).containsExactlyInAnyOrder("More from the line",
        "Station car park to grow",
        "Forty spaces will be added behind the goods shed by the end of the year, the operator says.");
  }

  private static final String STORY = "<h1>Harbour dredging to begin in March</h1>"
      + "<p>Work to deepen the harbour mouth will start in March and last about ten weeks, the port"
      + " authority said on Friday, after two years of delays over the permit for the spoil site.</p>"
      + "<p>Fishing boats will use the north channel while the dredger works, and pleasure craft will be"
      + " asked to stay out of the harbour on weekdays until the work is finished in May.</p>";

  @Test
  void aWritersBoxWithoutAHeadingIsDropped() {
    String html = "<article class=post>" + STORY
        + "<div class='writer-card'><div class=author-name><a href='/staff/ines'>Ines Marlow</a></div>"
        + "<div class=desc><p>Ines Marlow reports on shipping and the coast for the Courier. She grew up on"
        + " the estuary and sailed dinghies there long before she wrote about it.</p>"
        + "<p>Ines can be reached at the newsroom on weekdays.</p></div></div></article>";
    String body = String.join("\n", new HtmlArticleExtractor().extract(html, null).paragraphs());
    assertThat(body).contains("Fishing boats will use the north channel")
        .doesNotContain("Ines Marlow", "reports on shipping", "Ines can be reached");
  }

  @Test
  void aBoxHeadedWrittenByOrReviewedByIsDropped() {
    assertThat(SectionLabels.isLabel("Article written by:")).isTrue();
    assertThat(SectionLabels.isLabel("Reviewed by")).isTrue();
    assertThat(SectionLabels.isLabel("AUTHOR")).isTrue();
    assertThat(SectionLabels.isLabel("Written by hand")).isFalse();
    assertThat(SectionLabels.isLabel("Written by Lena Marsh")).isTrue();
    assertThat(SectionLabels.isLabel("Written by Mirela Hanssen and Joao Pereira")).isTrue();
    String html = "<article class=post>" + STORY
        + "<div class=c7><h4>Written by</h4><div class=c8><p>Dr Tomas Haverly, harbour engineer</p>"
        + "<p>He has advised three port authorities on dredging and sat on the estuary board for a decade"
        + " before he began to write about the coast.</p></div></div>"
        + "<div class=c7><h4>Reviewed by:</h4><div class=c8><p>Maren Olsby, marine biologist</p>"
        + "<p>She studies the seabed of the north channel and the fish that feed there.</p></div></div></article>";
    String body = String.join("\n", new HtmlArticleExtractor().extract(html, null).paragraphs());
    assertThat(body).contains("Fishing boats will use the north channel")
        .doesNotContain("Written by", "advised three port authorities", "Reviewed by", "studies the seabed");
  }

  @Test
  void aNamedPlaceInARoundupIsNotAWritersBox() {
    String html = "<article class=post>" + STORY
        + "<div class=place><h3>Gull Point</h3><p>Gull Point is the best place to watch the dredger, with a"
        + " bench and a kiosk that sells tea until four in the afternoon.</p><p>Parking is free.</p></div>"
        + "<div class=place><h3>Old Quay</h3><p>Old Quay gives a view of the north channel, where the"
        + " fishing boats will pass while the work goes on.</p><p>Mind the steps.</p></div></article>";
    String body = String.join("\n", new HtmlArticleExtractor().extract(html, null).paragraphs());
    assertThat(body).contains("Gull Point is the best place", "Old Quay gives a view");
  }

  @Test
  void theBylinesWriterIsKnownWithoutAClassName() {
    String html = "<html><head><meta name=author content='Ines Marlow'></head><body><article>" + STORY
        + "<div class=c1><div class=c2><a href='/staff/ines'>Ines Marlow</a></div><div class=c3>Staff writer</div>"
        + "<p>Ines Marlow reports on shipping and the coast for the Courier. She grew up on the estuary"
        + " and sailed dinghies there long before she wrote about it.</p></div></article></body></html>";
    Extraction x = new HtmlArticleExtractor().extract(html, null);
    assertThat(x.byline()).isEqualTo("Ines Marlow");
    assertThat(String.join("\n", x.paragraphs())).contains("Fishing boats will use the north channel")
        .doesNotContain("reports on shipping", "Staff writer");
  }

  @Test
  void closingNotesAboutTheWritersAreDroppedButNotNotesAboutOthers() {
    String op = "<html><head><meta name=author content='Ines Marlow and Piet Okonjo'></head><body><article>"
        + STORY + "<p>%s is a retired harbour pilot who has lived in the town for forty years.</p>"
        + "<p>Piet Okonjo is a lecturer in coastal engineering at the polytechnic.</p></article></body></html>";
    Extraction writers = new HtmlArticleExtractor().extract(String.format(op, "Ines Marlow"), null);
    assertThat(String.join("\n", writers.paragraphs())).contains("until the work is finished in May")
        .doesNotContain("retired harbour pilot", "lecturer in coastal engineering");
    // the closing note is about someone else: it may be the story's own last word
    Extraction other = new HtmlArticleExtractor().extract(String.format(op, "Ruth Okafor"), null);
    assertThat(String.join("\n", other.paragraphs())).contains("Ruth Okafor is a retired harbour pilot")
        .doesNotContain("lecturer in coastal engineering");
  }
}
