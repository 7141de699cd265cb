package org.storyfuse.ingest.text;

import java.util.List;
import java.util.Objects;
import org.storyfuse.ingest.Extraction;
import org.storyfuse.ingest.dates.DateTextParser;
import org.storyfuse.model.PublicationDate;

/**
 * Title, byline, publication date and body paragraphs from a plain-text dump of a news page, with
 * boilerplate removed. The steps, each its own class: lines are normalised ({@link TextLines}),
 * hard-wrapped paragraphs joined back into one line each ({@link HardWrap}), lines classified alone
 * ({@link LineClassifier}) and then by the box around them: one marked for screen readers to skip
 * ({@link SkippedBoxes}), a newsletter's sign-up ({@link SignUpBoxes}), a cookie-consent banner
 * ({@link ConsentBanners}); text lines are grouped into paragraphs ({@link UnitBuilder}); the
 * body's start and end are found ({@link BodySelector}); the header yields title and byline, the
 * lines the date ({@link PublicationDateFinder}); the body is cleaned ({@link BodyCleaner}). Outlet and URL are not in a text dump and stay null. Thread-safe and
 * deterministic.
 */
public final class TextArticleExtractor {

  private final LineClassifier classifier;
  private final PublicationDateFinder dateFinder;
  private final DateTextParser dates;

  public TextArticleExtractor() {
    this(new DateTextParser());
  }

  /** @param dates the date reader; pass one with a fixed clock for reproducible tests */
  public TextArticleExtractor(DateTextParser dates) {
    Objects.requireNonNull(dates, "dates");
    this.classifier = new LineClassifier(dates);
    this.dateFinder = new PublicationDateFinder(dates);
    this.dates = dates;
  }

  public Extraction extract(String text) {
    if (text == null || text.isBlank()) {
      return new Extraction(null, null, null, null, null, List.of());
    }
    List<ClassifiedLine> lines = classifier.classify(HardWrap.reflow(TextLines.raw(text), classifier::isDateLine));
    // boxes known by what stands around them, whose lines alone read as text
    SkippedBoxes.mark(lines);
    SignUpBoxes.mark(lines);
    ConsentBanners.mark(lines);
    List<Unit> units = UnitBuilder.build(lines);
    Layout layout = BodySelector.select(lines, units);
    String byline = BylineFinder.find(layout.header()).flatMap(u -> BylineFinder.name(u.text()))
        .or(() -> BylineFinder.nameUnderALabel(lines, layout.cut()))
        .or(() -> BylineFinder.nameBesideDate(layout.header(), lines)).orElse(null);
    String title = TitleFinder.find(layout.header(), lines, dates).orElse(null);
    PublicationDate published = dateFinder.find(lines, layout).orElse(null);
    List<String> paragraphs = BodyCleaner.clean(layout.body());
    return new Extraction(title, byline, OutletFinder.find(text).orElse(null), published, null, paragraphs);
  }
}
