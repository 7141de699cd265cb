package org.storyfuse.analyze;

import org.storyfuse.ingest.LanguageDetector;
import org.storyfuse.model.Article;

/**
 * Decides the language the analysis assumes: the detected one when detection is confident, else
 * the article's own (English when it states none). The models are English: any other language
 * rejects the article, which keeps its sentences only.
 */
final class LanguageAnnotator implements Annotator {

  private final LanguageDetector languages = new LanguageDetector();

  @Override
  public void annotate(AnalysisContext context) {
    String language = language(context.article());
    context.setLanguage(language);
    if (!language.equals("en")) {
      context.reject("language '" + language + "' is not supported (English models only): sentences only");
    }
  }

  /** The detected language when detection is confident, else the article's own. */
  private String language(Article article) {
    String detected = languages.detect(article.text());
    if (!detected.equals(LanguageDetector.UNDETERMINED)) {
      return detected;
    }
    String stated = article.language();
    return stated.equals(LanguageDetector.UNDETERMINED) || stated.isBlank() ? "en" : stated;
  }
}
