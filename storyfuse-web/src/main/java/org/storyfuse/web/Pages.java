package org.storyfuse.web;

import java.util.List;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;
import org.storyfuse.render.Html;
import org.storyfuse.render.Styles;
import org.storyfuse.store.StoredArticle;
import org.storyfuse.store.StorySummary;

/**
 * The site's own pages (the story list, an article's text, errors), server-rendered in the brief
 * page's style. Every value from the store is escaped; the pages carry no script and no external
 * asset, and the server's Content Security Policy forbids both.
 */
final class Pages {

  private Pages() {}

  static String storyList(List<StorySummary> stories, String query) {
    StringBuilder b = new StringBuilder();
    b.append("<header><h1>Stories</h1>")
        .append("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">")
        .append("<input type=\"search\" name=\"q\" aria-label=\"Search stories\" placeholder=\"Search stories\" value=\"")
        .append(Html.escape(query == null ? "" : query)).append("\"> <button type=\"submit\">Search</button></form>");
    if (query != null) {
      b.append("<p class=\"meta\">").append(stories.size()).append(stories.size() == 1 ? " story" : " stories")
          .append(" matching “").append(Html.escape(query)).append("” · <a href=\"/\">all stories</a></p>");
    }
    b.append("</header>\n");
    if (stories.isEmpty()) {
      b.append("<p class=\"empty\">").append(query == null ? "No stories yet." : "No story matches.").append("</p>\n");
    } else {
      b.append("<ol class=\"story-list\">");
      for (StorySummary s : stories) {
        b.append("<li data-story-id=\"").append(Html.escape(s.id())).append("\"><a href=\"")
            .append(Html.escape(Paths.story(s.id()))).append("\">").append(Html.escape(s.headline())).append("</a>")
            .append("<p class=\"meta\">").append(s.articles()).append(s.articles() == 1 ? " article" : " articles")
            .append(" · ").append(s.sources()).append(s.sources() == 1 ? " source" : " sources");
        if (s.firstPublished() != null) {
          b.append(" · ").append(Html.escape(s.firstPublished()));
          if (s.lastPublished() != null && !s.lastPublished().equals(s.firstPublished())) {
            b.append(" – ").append(Html.escape(s.lastPublished()));
          }
        }
        b.append("</p></li>");
      }
      b.append("</ol>\n");
    }
    return page("Stories", b.toString());
  }

  static String article(StoredArticle stored) {
    Article a = stored.article();
    StringBuilder b = new StringBuilder();
    b.append("<nav class=\"site\"><a href=\"/\">← All stories</a> · <a href=\"")
        .append(Html.escape(Paths.story(stored.storyId()))).append("\">the story</a></nav>\n");
    b.append("<article class=\"stored-article\" data-article-id=\"").append(Html.escape(a.id())).append("\">");
    b.append("<header><h1>").append(Html.escape(a.title() == null ? "Untitled article" : a.title())).append("</h1>");
    b.append("<p class=\"meta\">").append(Html.escape(a.outlet() == null ? "unknown outlet" : a.outlet()));
    if (a.byline() != null) {
      b.append(" · ").append(Html.escape(a.byline()));
    }
    b.append(" · ").append(published(a.published()));
    b.append(" · ").append(Html.sourceLink(a.url(), Origins.name(a.origin())));
    b.append("</p></header>\n<div class=\"text\">");
    for (String paragraph : a.paragraphs()) {
      b.append("<p>").append(Html.escape(paragraph)).append("</p>");
    }
    b.append("</div></article>\n");
    return page(a.title() == null ? "Article" : a.title(), b.toString());
  }

  static String error(int status, String message) {
    return page("Error " + status, "<nav class=\"site\"><a href=\"/\">← All stories</a></nav>\n<h1>Error " + status
        + "</h1><p class=\"error\">" + Html.escape(message) + "</p>\n");
  }

  private static String published(PublicationDate p) {
    if (p == null) {
      return "date unknown";
    }
    String when = p.instant() != null ? p.instant().toString() : p.date().toString();
    return Html.escape(when) + (p.inferred() ? " <span class=\"inferred\">(inferred)</span>" : "");
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + Html.escape(title) + " — Storyfuse</title>\n"
        + "<style>" + Styles.CSS + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
  }
}
