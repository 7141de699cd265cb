package org.storyfuse.ingest.formats;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.ingest.DocumentHints;
import org.storyfuse.ingest.SourceDocument;
import org.storyfuse.ingest.SourceDocument.Kind;

class FeedFileReaderTest {

  @TempDir Path dir;

  @Test
  void rss2ItemsBecomeDocuments() throws IOException {
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Lindholm Courier</title>
            <link>https://courier.example/</link>
            <item>
              <title>Bridge reopens</title>
              <link>https://courier.example/bridge</link>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>The bridge reopened on Tuesday.</p><p>Crowds cheered.</p>]]></content:encoded>
              <dc:creator>Ana Ruiz</dc:creator>
              <pubDate>Tue, 07 Mar 2023 23:30:00 -0500</pubDate>
            </item>
            <item>
              <title>Council meets</title>
              <guid isPermaLink="true">https://courier.example/council</guid>
              <description>The council met on Wednesday to discuss the budget.</description>
              <author>desk@courier.example (City Desk)</author>
            </item>
            <item><title>Harbour tolls to rise in May</title></item>
            <item><link>https://courier.example/nothing</link></item>
          </channel>
        </rss>""";
    CollectingSink sink = CollectingSink.read(write("courier.rss", rss));

    assertThat(sink.documents).hasSize(3);
    SourceDocument first = sink.documents.get(0);
    assertThat(first.origin()).isEqualTo("courier.rss#1");
    assertThat(first.kind()).isEqualTo(Kind.HTML);
    assertThat(first.content()).isEqualTo("<p>The bridge reopened on Tuesday.</p><p>Crowds cheered.</p>");
    // the date exactly as written: Rome's Date would have moved it to March 8 (UTC)
    assertThat(first.hints())
        .isEqualTo(new DocumentHints("Bridge reopens", "Lindholm Courier", "Ana Ruiz",
            "Tue, 07 Mar 2023 23:30:00 -0500", "https://courier.example/bridge", null));

    SourceDocument second = sink.documents.get(1);
    assertThat(second.origin()).isEqualTo("courier.rss#2");
    assertThat(second.kind()).isEqualTo(Kind.TEXT);
    assertThat(second.content()).isEqualTo("The council met on Wednesday to discuss the budget.");
    assertThat(second.hints().url()).isEqualTo("https://courier.example/council");
    assertThat(second.hints().byline()).isEqualTo("desk@courier.example (City Desk)");

    // a headline feed's item: its title is its text
    SourceDocument headline = sink.documents.get(2);
    assertThat(headline.origin()).isEqualTo("courier.rss#3");
    assertThat(headline.kind()).isEqualTo(Kind.TEXT);
    assertThat(headline.content()).isEqualTo("Harbour tolls to rise in May");
    assertThat(headline.hints().title()).isEqualTo("Harbour tolls to rise in May");

    assertThat(sink.problems).singleElement()
        .satisfies(p -> {
          assertThat(p.origin()).isEqualTo("courier.rss#4");
          assertThat(p.reason()).isEqualTo("feed item has no content, description or title");
        });
  }

  @Test
  void rss1RdfItemsAreRead() throws IOException {
    String rdf = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://weekly.example/">
            <title>Harbour Weekly</title><link>https://weekly.example/</link><description>News</description>
            <items><rdf:Seq><rdf:li resource="https://weekly.example/a"/></rdf:Seq></items>
          </channel>
          <item rdf:about="https://weekly.example/a">
            <title>Tide record</title>
            <link>https://weekly.example/a</link>
            <description>The highest tide in forty years flooded the quay.</description>
            <dc:date>2023-03-07T08:00:00+01:00</dc:date>
            <dc:creator>Per Holm</dc:creator>
          </item>
        </rdf:RDF>""";
    SourceDocument doc = CollectingSink.read(write("weekly.xml", "\n  \n" + rdf)).only(); // junk whitespace first
    assertThat(doc.origin()).isEqualTo("weekly.xml#1");
    assertThat(doc.hints())
        .isEqualTo(new DocumentHints("Tide record", "Harbour Weekly", "Per Holm", "2023-03-07T08:00:00+01:00",
            "https://weekly.example/a", null));
  }

  @Test
  void rss091WithTheNetscapeDoctypeStillReadsButTheDtdIsNeverLoaded() throws IOException {
    String rss = """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
          "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel>
          <title>Gazette du Port</title><link>https://gazette.example/</link><description>x</description>
          <language>fr</language>
          <item><title>Fête du port</title><link>https://gazette.example/fete</link>
            <description>La f&ecirc;te du port a r&eacute;uni la ville. Zürich aussi.</description></item>
        </channel></rss>""";
    Path file = dir.resolve("gazette.rss");
    Files.write(file, rss.getBytes(ISO_8859_1));
    SourceDocument doc = CollectingSink.read(file).only();
    assertThat(doc.hints().title()).isEqualTo("Fête du port");
    assertThat(doc.content()).isEqualTo("La fête du port a réuni la ville. Zürich aussi.");
  }

  @Test
  void atomEntriesBecomeDocuments() throws IOException {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Coast Wire</title>
          <id>urn:coast</id><updated>2023-03-08T10:00:00Z</updated>
          <entry>
            <title>Storm warning</title>
            <link rel="alternate" href="https://coast.example/storm"/>
            <id>urn:coast:1</id>
            <published>2023-03-07T22:00:00-08:00</published>
            <updated>2023-03-08T06:00:00Z</updated>
            <author><name>Lea Moss</name></author>
            <summary>Teaser.</summary>
            <content type="html">&lt;p&gt;Forecasters issued a storm warning.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Ferry delays</title>
            <id>urn:coast:2</id>
            <updated>2023-03-08T09:00:00Z</updated>
            <summary>Ferries ran late all morning.</summary>
          </entry>
        </feed>""";
    CollectingSink sink = CollectingSink.read(write("coast.atom", atom));
    assertThat(sink.problems).isEmpty();
    SourceDocument storm = sink.documents.get(0);
    assertThat(storm.kind()).isEqualTo(Kind.HTML);
    assertThat(storm.content()).isEqualTo("<p>Forecasters issued a storm warning.</p>");
    assertThat(storm.hints())
        .isEqualTo(new DocumentHints("Storm warning", "Coast Wire", "Lea Moss", "2023-03-07T22:00:00-08:00",
            "https://coast.example/storm", null));
    SourceDocument ferry = sink.documents.get(1);
    assertThat(ferry.kind()).isEqualTo(Kind.TEXT);
    assertThat(ferry.content()).isEqualTo("Ferries ran late all morning.");
    assertThat(ferry.hints().published()).isEqualTo("2023-03-08T09:00:00Z");
  }

  @Test
  void malformedAndForeignXmlAreProblems() throws IOException {
    String broken = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>x</title>\n<item></channel></rss>";
    assertThat(CollectingSink.read(write("broken.rss", broken)).onlyProblem())
        .startsWith("malformed XML: ").contains("(line 3)").doesNotContain("\n");
    assertThat(CollectingSink.read(write("note.xml", "<?xml version=\"1.0\"?><note><to>x</to></note>")).onlyProblem())
        .isEqualTo("XML, but not an RSS or Atom feed (root element <note>)");
    assertThat(CollectingSink.read(write("none.rss", "<rss version=\"2.0\"><channel><title>x</title></channel></rss>"))
            .onlyProblem())
        .isEqualTo("the feed has no items");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }
}
