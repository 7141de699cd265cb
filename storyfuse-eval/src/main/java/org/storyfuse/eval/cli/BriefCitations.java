package org.storyfuse.eval.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.eval.CitationCheck;
import org.storyfuse.model.Article;
import org.storyfuse.model.Brief;
import org.storyfuse.pipeline.BatchResult;
import org.storyfuse.render.SourceTexts;
import org.storyfuse.story.StoryMember;
import org.storyfuse.text.SentenceSplitter;

/** {@link CitationCheck} over every brief of a pipeline run, against the sentences the brief was built from. */
final class BriefCitations {

  private BriefCitations() {}

  static CitationCheck.Report check(BatchResult result) {
    SentenceSplitter splitter = new SentenceSplitter();
    CitationCheck.Report total = CitationCheck.Report.EMPTY;
    for (int i = 0; i < result.stories().size(); i++) {
      total = total.plus(check(result.briefs().get(i), result.stories().get(i).members(), splitter));
    }
    return total;
  }

  static CitationCheck.Report check(Brief brief, List<StoryMember> members, SentenceSplitter splitter) {
    return CitationCheck.run(brief, texts(brief, members, splitter));
  }

  /** The sentences the brief's refs index: the analysis stage's where it ran, else the splitter's. */
  static SourceTexts texts(Brief brief, List<StoryMember> members, SentenceSplitter splitter) {
    Map<String, Article> byId = new HashMap<>();
    Map<String, AnalyzedArticle> analyses = new HashMap<>();
    for (StoryMember m : members) {
      byId.put(m.id(), m.article());
      if (m.analysis() != null) {
        analyses.put(m.id(), m.analysis());
      }
    }
    return SourceTexts.of(brief, byId, a -> {
      AnalyzedArticle analysed = analyses.get(a.id());
      return analysed != null ? analysed.sentences() : splitter.split(a);
    });
  }
}
