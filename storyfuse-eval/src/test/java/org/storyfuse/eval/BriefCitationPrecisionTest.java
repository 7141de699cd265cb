package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.Analyzer;
import org.storyfuse.analyze.Profile;
import org.storyfuse.embed.LazyEmbedder;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.pipeline.PipelineListener;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.render.SourceTexts;
import org.storyfuse.text.SentenceSplitter;

/**
 * The product's briefs pass the evaluation's own citation check: made-up reports of a mine collapse
 * whose outlets give different death tolls and tell the rescue in their own words.
 */
class BriefCitationPrecisionTest {

  private static Article article(String id, String day, String... paragraphs) {
    return new Article(id, id + ".txt", null, null, "Mine collapse in Dravik", null,
        PublicationDate.stated(LocalDate.parse(day), "test"), "en", List.of(paragraphs));
  }

  @Test
  void everyCitationOfADeathTollStoryPointsAtASentenceThatStatesWhatItFollows() {
    List<Article> articles = List.of(
        article("north", "2031-04-08",
            "DRAVIK — Twelve miners were killed when a tunnel collapsed at the Dravik copper mine on Monday, the regional governor said.",
            "Rescue teams led by engineer Olav Brenn pulled 30 workers from the lower shafts overnight.",
            "Governor Lena Sark said an inquiry into the mine's owner, Koval Metals, would open on Wednesday.",
            "Koval Metals said it was cooperating with the authorities."),
        article("east", "2031-04-08",
            "At least 15 miners died in Monday's tunnel collapse at the Dravik copper mine, local officials said.",
            "Engineer Olav Brenn, who led the rescue of the trapped workers from the lower shafts, said the tunnel roof gave way without warning.",
            "Governor Lena Sark said an inquiry into Koval Metals would open on Wednesday.",
            "Families gathered at the mine gate through the night."),
        article("south", "2031-04-09",
            "Twelve miners were killed when a tunnel collapsed at the Dravik copper mine on Monday.",
            "Governor Lena Sark announced an inquiry into the mine's owner, Koval Metals, to open on Wednesday.",
            "The mine employs about 900 people and is the region's largest employer."));
    List<Brief> briefs = StoryPipeline.standard(new Analyzer(Profile.RAPID), LazyEmbedder.miniLm(), BriefBuilder.DEFAULT_WORDS, 1)
        .run(articles, PipelineListener.SILENT).briefs();
    assertThat(briefs).hasSize(1);
    Brief brief = briefs.get(0);
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    SentenceSplitter splitter = new SentenceSplitter();
    CitationCheck.Report report = CitationCheck.run(brief, SourceTexts.of(brief, byId, splitter::split));

    assertThat(report.citations()).isNotEmpty();
    assertThat(report.citations()).allSatisfy(c -> assertThat(c.supported()).as(c.toString()).isTrue());
    // the source that says 15 is never cited after a sentence that says twelve, and the other way round
    int east = brief.sources().stream().filter(s -> s.articleId().equals("east")).findFirst().orElseThrow().id();
    for (Brief.CorroboratedClaim c : brief.claims()) {
      if (c.text().contains("Twelve") || c.text().contains("12")) {
        assertThat(c.support()).doesNotContain(east);
      }
      if (c.text().contains("15")) {
        assertThat(c.support()).containsOnly(east);
      }
    }
    for (Brief.SummarySentence s : brief.summary()) {
      if (s.text().contains("Twelve")) {
        assertThat(s.support()).doesNotContain(east);
      }
    }
  }
}
