package org.storyfuse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfuse.analyze.Analyzers;
import org.storyfuse.embed.SharedEmbedder;
import org.storyfuse.fuse.BriefBuilder;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.model.PublicationDate;

/**
 * Near-duplicate detection never absorbs a difference: a copy that changes a figure is its own
 * source, and the change is a discrepancy with both sides cited. Made-up texts written for this test.
 */
class AlteredCopyTest {

  private static final List<String> WIRE = List.of(
      "LISBRECHT — The government of Norvania on Tuesday approved $500 million in emergency aid for farmers hit by the drought, the agriculture ministry said.",
      "Agriculture Minister Teodor Falk said the money would reach about 12,000 farms before the end of June.",
      "The drought has left the Varna valley without rain for seven weeks, and tens of thousands of cattle have been moved to northern pastures.",
      "Falk told reporters in Lisbrecht that a second package could follow if the rains did not return in July.",
      "Farmers' union leader Ines Morva said the aid was welcome but came too late for many growers.");

  private static Article article(String id, String outlet, List<String> paragraphs) {
    return new Article(id, id + ".txt", "https://" + outlet + "/" + id, outlet, "Norvania approves drought aid for farmers",
        null, PublicationDate.stated(LocalDate.of(2031, 6, 3), "test"), "en", paragraphs);
  }

  private static List<String> replace(List<String> text, String from, String to) {
    List<String> out = new ArrayList<>();
    text.forEach(p -> out.add(p.replace(from, to)));
    return out;
  }

  private static Brief brief(Article... articles) {
    List<Brief> briefs = StoryPipeline.standard(Analyzers.rapid(), SharedEmbedder.get(), BriefBuilder.DEFAULT_WORDS, 2)
        .run(List.of(articles), PipelineListener.SILENT).briefs();
    assertThat(briefs).as("one story").hasSize(1);
    return briefs.get(0);
  }

  @Test
  void aCopyWithAnotherFigureIsItsOwnSourceAndTheFigureADiscrepancy() {
    Article wire = article("wire", "northwire.example", WIRE);
    Article altered = article("altered", "reprints.example", replace(WIRE, "$500 million", "$900 million"));
    Brief b = brief(wire, altered);
    assertThat(b.sources()).extracting(Brief.Source::duplicateOf).containsOnlyNulls();
    assertThat(b.discrepancies()).filteredOn(d -> d.kind().equals("number")).anySatisfy(d -> {
      assertThat(d.claims()).anySatisfy(c -> assertThat(c.text()).contains("$500 million"));
      assertThat(d.claims()).anySatisfy(c -> assertThat(c.text()).contains("$900 million"));
    });
    // no summary sentence stating one figure cites the source that states the other
    for (Brief.SummarySentence s : b.summary()) {
      if (s.text().contains("$500 million") || s.text().contains("$900 million")) {
        assertThat(s.support()).hasSize(1);
      }
    }
  }

  @Test
  void twoReportsThatDifferOnlyInTheDeathTollKeepBothTolls() {
    List<String> twelve = List.of(
        "ORVEDA — A bus carrying seasonal workers fell into a ravine near Orveda on Sunday, killing 12 people, police said.",
        "The bus was travelling from the coast to the vineyards of the upper valley when it left the road in heavy rain.",
        "Police chief Dalia Renner said the driver survived and was being questioned in hospital.",
        "Regional governor Piet Haslund declared three days of mourning.");
    Article a = article("toll-a", "valleypost.example", twelve);
    Article b = article("toll-b", "coastradio.example", replace(twelve, "killing 12 people", "killing 31 people"));
    Brief brief = brief(a, b);
    assertThat(brief.sources()).extracting(Brief.Source::duplicateOf).containsOnlyNulls();
    String all = brief.discrepancies().toString();
    assertThat(all).contains("12").contains("31");
  }

  @Test
  void aCopyThatOnlyAddsACreditLineStaysACopy() {
    List<String> credited = new ArrayList<>(WIRE);
    credited.add("(Reporting by Anna Quist; Editing by Rolf Bergen)");
    Brief b = brief(article("wire", "northwire.example", WIRE), article("reprint", "reprints.example", credited));
    assertThat(b.sources()).extracting(Brief.Source::duplicateOf).containsOnlyOnce((Integer) null);
  }
}
