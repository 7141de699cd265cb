package org.storyfuse.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.storyfuse.ingest.dates.DateTextParser;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;

/**
 * Real news text for comparing analysis profiles ({@link ProfileAgreement}): no labels are needed,
 * only publication dates, so that relative dates resolve as they would in use (a MultiLing article
 * without a dateline stays undated: 2 of the 100).
 */
public final class AgreementCorpus {

  /** Shorter ground-truth bodies are mostly teasers and listings, not articles. */
  public static final int MIN_WCXB_WORDS = 150;

  private AgreementCorpus() {}

  /** Every article of a MultiLing-shaped JSONL, dated by its dateline paragraph when it has no date field. */
  public static List<Article> multiling(Path jsonl) throws IOException {
    DateTextParser dates = new DateTextParser();
    return LabelledArticles.flatten(LabelledArticles.readClusters(jsonl)).stream()
        .map(l -> LabelledArticles.datedByDateline(l.article(), dates)).toList();
  }

  /**
   * The main content of up to {@code max} WCXB ground-truth pages ({@code DIR/NNNN.json}, file-name
   * order) that have a publish date and at least {@link #MIN_WCXB_WORDS} words, dated by it.
   */
  public static List<Article> wcxb(Path truthDir, int max) throws IOException {
    List<Article> out = new ArrayList<>();
    for (Path json : GroundTruthPage.files(truthDir)) {
      if (out.size() >= max) {
        break;
      }
      GroundTruthPage page = GroundTruthPage.read(json, truthDir.resolveSibling("html"));
      Optional<LocalDate> day = page.publishDay();
      String body = page.mainContent() == null ? "" : page.mainContent();
      if (day.isEmpty() || body.strip().split("\\s+").length < MIN_WCXB_WORDS) {
        continue;
      }
      List<String> paragraphs = Arrays.stream(body.split("\\n+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
      out.add(new Article("wcxb-" + page.id(), json.toString(), page.url(), null, page.title(), page.author(),
          PublicationDate.stated(day.get(), page.publishDate()), "en", paragraphs));
    }
    return out;
  }
}
