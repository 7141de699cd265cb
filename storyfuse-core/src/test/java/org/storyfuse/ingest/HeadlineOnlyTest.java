package org.storyfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.model.Article;

/** Headline-only records (an index of stories, a headline feed) are articles whose text is the headline. */
class HeadlineOnlyTest {

  @TempDir Path dir;

  @Test
  void headlineOnlyJsonLinesBecomeArticles() throws IOException {
    Path file = dir.resolve("headlines.jsonl");
    Files.writeString(file, """
        {"id": "h1", "title": "Magnitude 7.1 earthquake strikes off Sumatra", "text": "", "date": "2024-03-01"}
        {"id": "h2", "title": "Sumatra quake: tsunami warning after 7.1 tremor", "date": "2024-03-01"}
        {"id": "h3", "url": "https://example.org/no-title-no-text"}
        """);
    IngestResult result = new Ingestor().ingest(List.of(file.toString()));
    assertThat(result.articles()).extracting(Article::title)
        .containsExactly("Magnitude 7.1 earthquake strikes off Sumatra", "Sumatra quake: tsunami warning after 7.1 tremor");
    assertThat(result.articles()).allSatisfy(a -> assertThat(a.paragraphs()).containsExactly(a.title()));
    assertThat(result.articles().get(0).published().date()).hasToString("2024-03-01");
    assertThat(result.problems()).singleElement()
        .satisfies(p -> assertThat(p.reason()).startsWith("no article text and no headline"));
  }
}
