package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTextDumpTest {

  @Test
  void blocksGetLinesParagraphsBlankLinesAndHiddenTextIsLeftOut() {
    String html = "<html><head><title>Tab title</title><style>p{color:red}</style></head><body>"
        + "<nav><ul><li><a href=/>Home</a></li><li>News</li></ul></nav>"
        + "<h1>Bakery   wins\n county prize</h1><div>By Ines Marchetti</div>"
        + "<p>The Corner Loaf bakery won the prize.</p><p>Owner <b>Dana Pruitt</b> said so.</p>"
        + "<div hidden>hidden text</div><div aria-hidden=\"true\">icon text</div>"
        + "<div style=\"display: none\">collapsed text</div><script>var x = 1;</script>"
        + "<table><tr><td>Rye</td><td>1st</td></tr></table></body></html>";
    String dump = PageTextDump.render(html);
    assertThat(dump).isEqualTo("""
        Home
        News

        Bakery wins county prize

        By Ines Marchetti

        The Corner Loaf bakery won the prize.

        Owner Dana Pruitt said so.

        Rye\t1st
        """);
  }

  @Test
  void emptyAndBrokenPagesGiveAnEmptyDump() {
    assertThat(PageTextDump.render("")).isEqualTo("\n");
    assertThat(PageTextDump.render("<p>unclosed <b>bold")).isEqualTo("unclosed bold\n");
  }
}
