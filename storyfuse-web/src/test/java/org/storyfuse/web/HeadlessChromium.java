package org.storyfuse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's headless Chromium, driven as core's BriefHtmlBrowserTest drives it: load a URL, let it
 * run, and read back the DOM after load ({@code --dump-dom}). CI installs chromium (.ci/run);
 * elsewhere the calling test is skipped when it is missing.
 */
final class HeadlessChromium {

  private final Path binary;
  private final Path workDir;
  private final AtomicInteger runs = new AtomicInteger();

  private HeadlessChromium(Path binary, Path workDir) {
    this.binary = binary;
    this.workDir = workDir;
  }

  static HeadlessChromium findOrSkip(Path workDir) {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return new HeadlessChromium(Path.of(candidate), workDir);
      }
    }
    if (System.getenv("CI") != null) {
      fail("chromium is not installed; .ci/run should have installed it");
    }
    assumeTrue(false, "chromium not installed");
    throw new IllegalStateException("unreachable");
  }

  /** The page's DOM after load, serialised. */
  String dumpDom(URI page) throws IOException, InterruptedException {
    Path run = Files.createDirectory(workDir.resolve("chromium-" + runs.incrementAndGet()));
    Path profile = Files.createDirectory(run.resolve("profile"));
    Path out = run.resolve("dom.html");
    Path err = run.resolve("chromium.err");
    Process p = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--no-proxy-server", "--user-data-dir=" + profile, "--virtual-time-budget=2000",
        "--dump-dom", page.toString())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 90 s");
    }
    String dom = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(dom).as("chromium output; stderr: %s", Files.readString(err)).contains("<html");
    return dom;
  }
}
