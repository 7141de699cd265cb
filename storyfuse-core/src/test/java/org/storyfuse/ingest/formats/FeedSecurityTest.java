package org.storyfuse.ingest.formats;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdom2.input.JDOMParseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Untrusted feeds must never make us read local files, fetch DTDs or expand entity bombs. */
class FeedSecurityTest {

  private static final String SECRET = "TOP-SECRET-7f3a";

  @TempDir Path dir;
  private Path secret;

  @BeforeEach
  void writeSecret() throws IOException {
    secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
  }

  @Test
  void xxeWithAnInternalSubsetIsRefusedAndLeaksNothing() throws IOException {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY leak SYSTEM "%s"> ]>
        <rss version="2.0"><channel><title>t</title>
          <item><title>x</title><description>&leak;</description></item>
        </channel></rss>""".formatted(secret.toUri());
    CollectingSink sink = CollectingSink.read(write("xxe.rss", xxe));
    assertThat(sink.documents).isEmpty();
    assertThat(sink.onlyProblem())
        .isEqualTo("XML with its own DTD (entity declarations) is refused: DTDs and entities are never processed");
  }

  @Test
  void xxeThroughAnExternalDtdIsNeverLoaded() throws IOException {
    Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">");
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE rss SYSTEM "%s">
        <rss version="2.0"><channel><title>t</title>
          <item><title>x</title><description>before &leak; after</description></item>
        </channel></rss>""".formatted(dtd.toUri());
    CollectingSink sink = CollectingSink.read(write("xxe2.rss", xxe));
    assertThat(sink.documents).allSatisfy(d -> assertThat(d.content()).doesNotContain(SECRET));
    assertThat(sink.problems).allSatisfy(p -> assertThat(p.reason()).doesNotContain(SECRET));
    // the DOCTYPE is dropped unread, so "&leak;" is an undeclared entity
    assertThat(sink.onlyProblem()).startsWith("malformed XML: ").contains("leak");
  }

  @Test
  @Timeout(10)
  void billionLaughsIsRefusedQuickly() throws IOException {
    StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      bomb.append(" <!ENTITY lol").append(i).append(" \"");
      String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
      bomb.append(previous.repeat(10)).append("\">\n");
    }
    bomb.append("]>\n<rss version=\"2.0\"><channel><title>t</title><item><description>&lol9;</description></item>")
        .append("</channel></rss>");
    CollectingSink sink = CollectingSink.read(write("lolz.xml", bomb.toString()));
    assertThat(sink.documents).isEmpty();
    assertThat(sink.onlyProblem()).startsWith("XML with its own DTD");
  }

  @Test
  void theParserItselfRefusesDoctypesEvenIfThePrologFilterIsBypassed() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]><r>&leak;</r>";
    assertThatThrownBy(() -> SecureXml.lockedBuilder().build(new StringReader(xxe)))
        .isInstanceOf(JDOMParseException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void romesOwnDefaultsAreAlsoSafe() {
    // Verified for Rome 2.1.0: doctypes disallowed by default, so its own parse path refuses XXE too.
    SyndFeedInput rome = new SyndFeedInput();
    assertThat(rome.isAllowDoctypes()).isFalse();
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>"
        + "<rss version=\"2.0\"><channel><title>&leak;</title></channel></rss>";
    assertThatThrownBy(() -> rome.build(new StringReader(xxe))).hasMessageContaining("DOCTYPE");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }
}
