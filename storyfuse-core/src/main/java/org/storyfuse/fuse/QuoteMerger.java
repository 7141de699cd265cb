package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.EntityKind;
import org.storyfuse.analyze.Quote;
import org.storyfuse.analyze.QuoteMatcher;
import org.storyfuse.model.Brief;
import org.storyfuse.text.Sentence;
import org.storyfuse.text.VerbatimForm;

/**
 * Merges the attributed quotes of a story's articles: variants of the same words by the same
 * speaker across outlets become one quote with its variants listed and every source that carried
 * it, most widely carried first. A direct quote cites only the sources whose text holds its shown
 * words verbatim; a source of the group that quotes another fragment of the same statement (only
 * "could take a week" of "… until the quays are safe, and that could take a week") gets a quote of
 * its own. Quotes without a named speaker are left out: a brief never guesses who said something.
 */
final class QuoteMerger {

  private QuoteMerger() {}

  /**
   * One article's text and sentences in verbatim form, shared by its quotes; the sentences' forms are
   * made on first use (most quotes hold their shown words in their own sentence and never need them).
   */
  private static final class SourceText {
    private final String text;
    private final List<Sentence> sentences;
    private List<String> sentenceForms;

    SourceText(String text, List<Sentence> sentences) {
      this.text = verbatimForm(text);
      this.sentences = sentences;
    }

    String sentenceForm(int i) {
      if (sentenceForms == null) {
        sentenceForms = sentences.stream().map(s -> verbatimForm(s.text())).toList();
      }
      return sentenceForms.get(i);
    }
  }

  /** A quote with the source number and article it came from. */
  private record Sourced(Quote quote, int source, int independent, SourceText article) {

    /** Whether this source's text holds the words verbatim (case, whitespace, quote-mark and dash style aside). */
    boolean carries(String words) {
      return article.text.contains(verbatimForm(words));
    }

    /**
     * The sentence where this source has the words: its own quote's when that holds them, else the
     * first sentence that opens them (another of the source's quotes of the same statement may sit
     * elsewhere: "It's official: I'm hosting the Oscars!" in one sentence, "I am so excited to be
     * hosting…" in another); its own quote's sentence when the words are not found.
     */
    int sentenceOf(String words) {
      String form = verbatimForm(words);
      if (verbatimForm(quote.text()).contains(form)) {
        return quote.sentence();
      }
      String opening = openingWords(form);
      List<Sentence> sentences = article.sentences;
      for (int i = 0; i < sentences.size(); i++) {
        String here = article.sentenceForm(i);
        if (here.contains(opening)) {
          StringBuilder window = new StringBuilder(here);
          for (int j = i + 1; j < Math.min(sentences.size(), i + QUOTE_SENTENCES); j++) {
            window.append(' ').append(article.sentenceForm(j));
          }
          if (window.toString().contains(form)) {
            return sentences.get(i).index();
          }
        }
      }
      return quote.sentence();
    }
  }

  /** The sentences a quote may run over, from the one that opens it (as the citation check reads a quote's passage). */
  private static final int QUOTE_SENTENCES = 3;

  /** The first five words of a verbatim form: where a quote opens. */
  private static String openingWords(String form) {
    String[] words = form.split(" ");
    return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(5, words.length)));
  }

  /** The form verbatim comparison uses ({@link VerbatimForm}). */
  static String verbatimForm(String s) {
    return VerbatimForm.of(s);
  }

  static List<Brief.Quote> merge(List<AnalyzedArticle> analyses, BriefBuilder.SourceTable sources) {
    List<Sourced> all = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    for (AnalyzedArticle a : analyses) {
      int source = sources.numberOf(a.article().id());
      SourceText text = new SourceText(a.article().text(), a.sentences());
      for (Quote q : withOfficialsWords(a.quotes())) {
        if (q.speaker() != null) {
          all.add(new Sourced(q, source, sources.independentOf(source), text));
          quotes.add(q);
        }
      }
    }
    // by identity: two outlets' equal quotes (same words, speaker and sentence index) are two sources
    Map<Quote, Sourced> origin = new java.util.IdentityHashMap<>();
    for (Sourced s : all) {
      origin.putIfAbsent(s.quote(), s);
    }
    List<Brief.Quote> out = new ArrayList<>();
    List<Integer> firstSeen = new ArrayList<>();
    List<Boolean> personSpeaker = new ArrayList<>();
    for (List<Quote> group : QuoteMatcher.group(quotes)) {
      List<Sourced> remaining = new ArrayList<>(group.stream().map(origin::get).toList());
      // a direct quote cites only the sources that hold its words verbatim; the others' words (an
      // outlet quoting another fragment of the same statement) are a quote of their own
      while (!remaining.isEmpty()) {
        Sourced lead = clearest(remaining);
        boolean direct = lead.quote().kind() == Quote.Kind.DIRECT;
        List<Sourced> members = direct
            ? remaining.stream().filter(m -> m == lead || m.carries(lead.quote().text())).toList()
            : List.copyOf(remaining);
        remaining.removeAll(members);
        LinkedHashSet<String> variants = new LinkedHashSet<>();
        Map<Integer, Brief.SentenceRef> evidence = new TreeMap<>();
        for (Sourced m : members) {
          // a direct quote's variants are other outlets' quoted words, never reported speech shown as a quote
          if (!m.quote().text().equals(lead.quote().text()) && m.quote().kind() == lead.quote().kind()) {
            variants.add(m.quote().text());
          }
          // the sentence that holds the shown words in this source, not necessarily its own quote's
          int sentence = direct ? m.sentenceOf(lead.quote().text()) : m.quote().sentence();
          evidence.putIfAbsent(m.independent(), new Brief.SentenceRef(m.source(), sentence));
        }
        String kind = direct ? Brief.Quote.DIRECT : Brief.Quote.REPORTED;
        out.add(new Brief.Quote(speaker(members), role(members), lead.quote().text(), kind, List.copyOf(variants),
            List.copyOf(evidence.keySet()), List.copyOf(evidence.values())));
        personSpeaker.add(members.stream().anyMatch(m -> m.quote().speakerKind() == EntityKind.PERSON));
        firstSeen.add(members.stream().mapToInt(m -> m.source() * 10_000 + m.quote().sentence()).min().orElse(0));
      }
    }
    // most widely carried first; among equals, people's words before a country's or a body's, then
    // the order in which the sources told them
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> -out.get(i).sources().size())
        .thenComparing(i -> !personSpeaker.get(i))
        .thenComparing(firstSeen::get));
    return order.stream().map(out::get).toList();
  }

  /** Content words a scare-quoted fragment has at most ("dead end"). */
  static final int FRAGMENT_TERMS = 2;

  /**
   * "Russia says talks have hit a 'dead end'" above "Ryabkov said there was a 'dead end or
   * difference of approaches'": a country's or body's short scare-quoted fragment of what a named
   * person says in the same article is that person's words, and is merged with them rather than
   * listed as a second quote by "Russia".
   */
  static List<Quote> withOfficialsWords(List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      Quote official = null;
      if (q.speakerKind() != EntityKind.PERSON && QuoteMatcher.terms(q.text()).size() <= FRAGMENT_TERMS) {
        official = quotes.stream()
            .filter(p -> p != q && p.speakerKind() == EntityKind.PERSON && p.speaker() != null
                && QuoteMatcher.isFragmentOf(q.text(), p.text()) && p.text().length() > q.text().length())
            .findFirst().orElse(null);
      }
      out.add(official == null ? q : new Quote(q.kind(), q.text(), official.speaker(), official.speakerKey(),
          official.speakerKind(), official.speakerRole(), q.speakerText(), q.cue(), q.sentence(), q.endSentence(),
          q.begin()));
    }
    return out;
  }

  /**
   * The variant to show: direct words over reported speech, then the wording the most sources
   * carry verbatim (so the quote shown is the one its citations hold), then the fullest wording.
   */
  private static Sourced clearest(List<Sourced> members) {
    return members.stream()
        .min(Comparator.comparing((Sourced s) -> s.quote().kind() != Quote.Kind.DIRECT)
            .thenComparingLong(s -> -members.stream().filter(m -> m.carries(s.quote().text()))
                .mapToInt(Sourced::independent).distinct().count())
            .thenComparing(s -> -s.quote().text().length())
            .thenComparingInt(Sourced::source))
        .orElseThrow();
  }

  /** The fullest name any source gives the speaker. */
  private static String speaker(List<Sourced> members) {
    return members.stream().map(m -> m.quote().speaker())
        .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
        .orElseThrow();
  }

  /** The role most sources state for the speaker, else null. */
  private static String role(List<Sourced> members) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Sourced m : members) {
      if (m.quote().speakerRole() != null) {
        counts.merge(m.quote().speakerRole(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }
}
