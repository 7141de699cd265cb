package org.storyfuse.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the brief page in Debian's headless Chromium and reads back the DOM after load: the page
 * must render its parts, and markup hidden in article text must not have run. CI installs chromium
 * (.ci/run); elsewhere the test is skipped when it is missing.
 */
class BriefHtmlBrowserTest {

  private static Path chromium;

  @BeforeAll
  static void findChromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(candidate))) {
        chromium = Path.of(candidate);
        return;
      }
    }
    if (System.getenv("CI") != null) {
      fail("chromium is not installed; .ci/run should have installed it");
    }
    assumeTrue(false, "chromium not installed");
  }

  @Test
  void rendersTheBriefAndRunsNoArticleMarkup(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("brief.html");
    Files.writeString(page, BriefHtml.write(HostileBriefs.brief(), HostileBriefs.texts()), StandardCharsets.UTF_8);
    Document dom = Jsoup.parse(dumpDom(page, dir));

    assertThat(dom.select("h1").text()).startsWith("Floods close the port").contains("<script>");
    assertThat(dom.select(".summary > ol > li")).hasSize(2);
    assertThat(dom.select("svg.timeline-chart circle")).hasSize(3);
    assertThat(dom.select(".quote blockquote").text()).contains("We will not reopen");
    assertThat(dom.select(".discrepancy")).hasSize(1);
    assertThat(dom.select(".source")).hasSize(3);
    // none of the hostile payloads ran: they would have marked the root element
    assertThat(dom.selectFirst("html").hasAttr("data-pwned")).isFalse();
    assertThat(dom.select("script, img")).isEmpty();
  }

  private static String dumpDom(Path page, Path dir) throws IOException, InterruptedException {
    Path profile = Files.createDirectory(dir.resolve("profile"));
    Path out = dir.resolve("dom.html");
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--user-data-dir=" + profile, "--virtual-time-budget=2000", "--dump-dom",
        page.toUri().toString())
        .redirectOutput(out.toFile())
        .redirectError(dir.resolve("chromium.err").toFile())
        .start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 90 s");
    }
    String dom = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(dom).as("chromium output; stderr: %s", Files.readString(dir.resolve("chromium.err"))).contains("<html");
    return dom;
  }
}
