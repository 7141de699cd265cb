package org.storyfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.model.Article;

/** A time stamp in the title's place is not the article's headline; its date still counts. */
class StampTitlesTest {

  @TempDir Path dir;

  @Test
  void datesAndTimesWithTheirLabelsAreStamps() {
    assertThat(List.of("Posted at 3:21 PM ET, 01 / 5 / 2011", "APR 28", "8:24am:", "Article posted on 08.07.2012",
            "Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET", "3 / 27 / 2012 @ 10:05AM",
            "Tuesday, March 5, 2024", "2012-07-08T10:15:00Z"))
        .allMatch(StampTitles::isStamp);
  }

  @Test
  void headlinesWithNumbersOrMonthsAreNotStamps() {
    assertThat(List.of("Magnitude 7.1 earthquake strikes off Sumatra", "Colts beat Chiefs 20-13 to clinch playoff berth",
            "Dec. 2004 Sumatra quake was longest ever recorded", "May 2024 jobs report beats forecasts",
            "On 9/11, a city remembers", "Posted", "May Day marches in Paris", ""))
        .noneMatch(StampTitles::isStamp);
    assertThat(StampTitles.isStamp(null)).isFalse();
  }

  @Test
  void aRecordWhoseTitleIsAStampGetsNoHeadlineButTheStampsDate() throws IOException {
    Path file = dir.resolve("stamped.jsonl");
    Files.writeString(file, """
        {"id": "a", "title": "Article posted on 08.07.2012", "text": "The mayor opened the new bridge over the river on Sunday. Thousands of residents walked across it before traffic was allowed."}
        {"id": "b", "title": "APR 28", "date": "2009-04-28", "text": "Police arrested two men after a robbery at a bank in the town centre. Nobody was hurt, a spokesman said."}
        {"id": "c", "title": "APR 28"}
        """);
    IngestResult result = new Ingestor().ingest(List.of(file.toString()));

    assertThat(result.articles()).hasSize(2).extracting(Article::title).doesNotContain("Article posted on 08.07.2012", "APR 28");
    assertThat(result.articles().get(0).published().date()).hasToString("2012-07-08");
    assertThat(result.articles().get(1).published().date()).hasToString("2009-04-28");
    // a record whose only text is a stamp is no headline-only article
    assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("no article text"));
  }
}
