package org.storyfuse.ingest.formats;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.ingest.DocumentHints;
import org.storyfuse.ingest.IngestProblem;
import org.storyfuse.ingest.SourceDocument;
import org.storyfuse.ingest.SourceDocument.Kind;

class JsonReadersTest {

  @TempDir Path dir;

  @Test
  void newsPleaseObjectBecomesOneDocumentWithHints() throws IOException {
    String json = """
        {"title": "Ferry strike ends", "maintext": "The ferry strike ended on Monday.\\nServices resume.",
         "date_publish": "2023-03-06 14:05:00", "source_domain": "example-news.org",
         "url": "https://example-news.org/ferry", "authors": ["Ana Ruiz", "Tom Berg"],
         "date_download": "2023-03-07 01:00:00", "language": "en"}""";
    SourceDocument doc = CollectingSink.read(write("np.json", json)).only();
    assertThat(doc.origin()).isEqualTo("np.json");
    assertThat(doc.kind()).isEqualTo(Kind.TEXT);
    assertThat(doc.content()).isEqualTo("The ferry strike ended on Monday.\nServices resume.");
    assertThat(doc.hints())
        .isEqualTo(new DocumentHints("Ferry strike ends", "example-news.org", "Ana Ruiz, Tom Berg",
            "2023-03-06 14:05:00", "https://example-news.org/ferry", "2023-03-07 01:00:00"));
  }

  @Test
  void alternativeFieldNamesAreRead() throws IOException {
    String json = """
        [{"headline": "A", "body": "Body A.", "publishedAt": "2023-03-06T10:00:00Z", "source": {"id": "x", "name": "Daily X"},
          "author": "Kim Lee", "link": "https://x.example/a"},
         {"title": "B", "content": "Body B.", "published": 1678096800, "outlet": "Y News", "byline": "By Jo Park"},
         {"title": "C", "text": "Body C.", "date": 1678096800000, "author": ["Sam"]}]""";
    CollectingSink sink = CollectingSink.read(write("many.json", json));
    assertThat(sink.problems).isEmpty();
    assertThat(sink.documents).extracting(SourceDocument::origin).containsExactly("many.json#1", "many.json#2", "many.json#3");
    assertThat(sink.documents.get(0).hints())
        .isEqualTo(new DocumentHints("A", "Daily X", "Kim Lee", "2023-03-06T10:00:00Z", "https://x.example/a", null));
    assertThat(sink.documents.get(1).hints().published()).isEqualTo("2023-03-06T10:00:00Z");
    assertThat(sink.documents.get(1).hints().byline()).isEqualTo("By Jo Park");
    assertThat(sink.documents.get(2).hints().published()).isEqualTo("2023-03-06T10:00:00Z");
    assertThat(sink.documents.get(2).hints().byline()).isEqualTo("Sam");
  }

  @Test
  void newsApiResponseIsUnwrapped() throws IOException {
    String json = """
        {"status": "ok", "totalResults": 2, "articles": [
          {"title": "One", "content": "First body."}, {"title": "Two", "content": "Second body."}]}""";
    CollectingSink sink = CollectingSink.read(write("api.json", json));
    assertThat(sink.documents).extracting(d -> d.hints().title()).containsExactly("One", "Two");
  }

  @Test
  void htmlInTheTextFieldMakesAnHtmlDocument() throws IOException {
    String json = "{\"title\": \"T\", \"maintext\": \"<p>First paragraph.</p><p>Second.</p>\"}";
    assertThat(CollectingSink.read(write("html.json", json)).only().kind()).isEqualTo(Kind.HTML);
    String raw = "{\"url\": \"https://a.example/\", \"html\": \"<html><body>page</body></html>\"}";
    assertThat(CollectingSink.read(write("raw.json", raw)).only().kind()).isEqualTo(Kind.HTML);
  }

  @Test
  void oneBadLineInJsonLinesIsOneProblemAndTheRestIsRead() throws IOException {
    String lines = """
        {"title": "One", "maintext": "First."}
        {"title": "Two", "maintext": "Second."
        
        {"url": "https://example.org/three"}
        ["not", "an", "object"]
        {"title": "Six", "maintext": "Sixth."}
        """;
    CollectingSink sink = CollectingSink.read(write("cc.jsonl", lines));
    assertThat(sink.documents).extracting(SourceDocument::origin).containsExactly("cc.jsonl#1", "cc.jsonl#6");
    assertThat(sink.problems).extracting(IngestProblem::origin).containsExactly("cc.jsonl#2", "cc.jsonl#4", "cc.jsonl#5");
    assertThat(sink.problems.get(0).reason()).startsWith("malformed JSON: ");
    assertThat(sink.problems.get(1).reason()).isEqualTo("no article text and no headline (none of the fields "
        + "maintext, text, body, content, description, summary, title, headline)");
    assertThat(sink.problems.get(2).reason()).isEqualTo("not a JSON object but an array");
  }

  @Test
  void aHeadlineOnlyRecordIsAnArticleWhoseTextIsItsHeadline() throws IOException {
    String lines = """
        {"id": "h1", "title": "Magnitude 7.1 earthquake strikes off Sumatra", "text": "", "date": "2024-03-01"}
        {"headline": "Central bank raises rates by 0.5 points", "description": "The bank acted on Tuesday."}
        """;
    CollectingSink sink = CollectingSink.read(write("headlines.jsonl", lines));
    assertThat(sink.problems).isEmpty();
    assertThat(sink.documents).extracting(SourceDocument::content)
        .containsExactly("Magnitude 7.1 earthquake strikes off Sumatra", "The bank acted on Tuesday.");
    assertThat(sink.documents.get(0).hints().title()).isEqualTo("Magnitude 7.1 earthquake strikes off Sumatra");
  }

  @Test
  void jsonLinesInADotJsonFileAreReadAsLines() throws IOException {
    String lines = "{\"title\": \"One\", \"text\": \"First.\"}\r\n{\"title\": \"Two\", \"text\": \"Second.\"}\r\n";
    CollectingSink sink = CollectingSink.read(write("dump.json", lines));
    assertThat(sink.problems).isEmpty();
    assertThat(sink.documents).extracting(SourceDocument::origin).containsExactly("dump.json#1", "dump.json#2");
  }

  @Test
  void malformedAndUnexpectedJsonAreProblems() throws IOException {
    assertThat(CollectingSink.read(write("bad.json", "{\"title\": \"x\", ")).onlyProblem()).startsWith("malformed JSON: ");
    assertThat(CollectingSink.read(write("num.json", "42")).onlyProblem())
        .isEqualTo("not a JSON object or array of objects but a number");
    assertThat(CollectingSink.read(write("none.json", "[]")).onlyProblem()).isEqualTo("an empty JSON array: no articles");
  }

  @Test
  void recordsBeyondTheLimitAreSkippedWithOneProblem() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      lines.append("{\"text\": \"Body ").append(i).append(".\"}\n");
    }
    CollectingSink sink = CollectingSink.read(write("ten.jsonl", lines.toString()), new ReadLimits(ReadLimits.MIB, ReadLimits.MIB, 3));
    assertThat(sink.documents).hasSize(3);
    assertThat(sink.onlyProblem()).isEqualTo("more than 3 records; the rest of the file was skipped (--max-records)");
    assertThat(sink.problems.get(0).origin()).isEqualTo("ten.jsonl");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }
}
