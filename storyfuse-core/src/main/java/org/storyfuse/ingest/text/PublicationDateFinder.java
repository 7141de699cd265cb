package org.storyfuse.ingest.text;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.storyfuse.ingest.dates.DateMention;
import org.storyfuse.ingest.dates.DateTextParser;
import org.storyfuse.model.PublicationDate;

/**
 * Finds the publication date of a text dump. Stated dates, best first:
 * <ol>
 *   <li>a date labelled "Published" / "Posted" / "Date" on a short line anywhere before the cut;
 *   <li>a line near the top that is nothing but a date;
 *   <li>a date labelled "Updated" / "Modified" (a revision, but at least a bound);
 *   <li>any other date line ("Dhaka, Wednesday 19 January 2022" is often the day the page was
 *       captured, hence last) or a date on a header line.
 * </ol>
 * Without any, the date is inferred as the latest plausible full date the text mentions (a
 * report is published after what it reports), marked inferred, with the evidence named.
 */
final class PublicationDateFinder {

  /** Lines longer than this are sentences, whose dates are events, not labels. */
  private static final int MAX_LABEL_LINE_WORDS = 20;

  /** "Near the top": among the first few non-blank lines, even when the body starts earlier. */
  private static final int TOP_LINES = 3;

  private final DateTextParser dates;

  PublicationDateFinder(DateTextParser dates) {
    this.dates = dates;
  }

  /**
   * @param lines     all lines; only those before {@code layout.cut()} are read
   * @param layout    where the header ends and the body is cut
   */
  Optional<PublicationDate> find(List<ClassifiedLine> lines, Layout layout) {
    List<ClassifiedLine> read = lines.subList(0, Math.min(layout.cut(), lines.size()));
    return stated(read, layout.bodyStart()).or(() -> inferred(read));
  }

  private Optional<PublicationDate> stated(List<ClassifiedLine> lines, int bodyStart) {
    Candidate best = null;
    int nonBlank = 0;
    for (ClassifiedLine line : lines) {
      if (line.is(LineKind.BLANK)) {
        continue;
      }
      boolean nearTop = line.index() < bodyStart || nonBlank < TOP_LINES;
      nonBlank++;
      if (!mayCarryLabel(line)) {
        continue;
      }
      DateLine dateLine = DateLine.read(line.text(), dates);
      for (DateLine.Labelled labelled : dateLine.mentions()) {
        int rank = rank(labelled.label(), line, dateLine, nearTop);
        if (rank < Integer.MAX_VALUE && plausible(labelled.mention())
            && (best == null || rank < best.rank())) {
          best = new Candidate(rank, labelled.mention(), line.text());
        }
      }
    }
    return Optional.ofNullable(best).map(Candidate::toPublicationDate);
  }

  private static boolean mayCarryLabel(ClassifiedLine line) {
    return line.is(LineKind.DATE)
        || ((line.is(LineKind.TEXT) || line.is(LineKind.BOILERPLATE))
            && Prose.words(line.text()) <= MAX_LABEL_LINE_WORDS
            && !Prose.isProse(line.text()));
  }

  /** Lower is better; MAX_VALUE: not a publication date candidate. */
  private static int rank(DateLabel label, ClassifiedLine line, DateLine dateLine, boolean nearTop) {
    return switch (label) {
      case PUBLISHED -> 0;
      case UPDATED -> 2;
      case NONE -> {
        if (dateLine.isBare() && nearTop) {
          yield 1;
        }
        yield line.is(LineKind.DATE) || nearTop ? 3 : Integer.MAX_VALUE;
      }
    };
  }

  private Optional<PublicationDate> inferred(List<ClassifiedLine> lines) {
    return lines.stream()
        .flatMap(line -> dates.findAll(line.text()).stream())
        .filter(m -> dates.isPlausible(m.date()))
        .max(Comparator.comparing(DateMention::date))
        .map(m -> PublicationDate.inferred(m.date(), evidenceFor(m)));
  }

  private static String evidenceFor(DateMention m) {
    return "no date stated; inferred from the latest date the text mentions: \"" + m.matched() + "\"";
  }

  private boolean plausible(DateMention m) {
    return m.instant() != null ? dates.isPlausible(m.instant()) : dates.isPlausible(m.date());
  }

  private record Candidate(int rank, DateMention mention, String evidence) {
    PublicationDate toPublicationDate() {
      return mention.instant() != null
          ? PublicationDate.stated(mention.instant(), evidence)
          : PublicationDate.stated(mention.date(), evidence);
    }
  }
}
