package org.storyfuse.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.storyfuse.text.Sentence;

/**
 * An article's analysed text in one coordinate system: the sentences joined by '\n' (how CoreNLP
 * reads them, one sentence a line), with tokens and NER spans over it.
 */
final class Doc {

  private final String text;
  private final List<Sentence> sentences;
  private final int[] starts;
  private final List<Tok> tokens;
  private final List<NerSpan> spans;

  Doc(List<Sentence> sentences, List<Tok> tokens, List<NerSpan> spans) {
    this.sentences = List.copyOf(sentences);
    this.starts = new int[sentences.size()];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences.size(); i++) {
      starts[i] = sb.length();
      sb.append(sentences.get(i).text()).append('\n');
    }
    this.text = sb.toString();
    this.tokens = List.copyOf(tokens);
    this.spans = List.copyOf(spans);
  }

  /** The same sentences and tokens with other spans (a later step adding its own). */
  Doc withSpans(List<NerSpan> spans) {
    return new Doc(sentences, tokens, spans);
  }

  /** The text CoreNLP reads: one sentence a line. */
  static String textOf(List<Sentence> sentences) {
    StringBuilder sb = new StringBuilder();
    sentences.forEach(s -> sb.append(s.text()).append('\n'));
    return sb.toString();
  }

  String text() {
    return text;
  }

  List<Sentence> sentences() {
    return sentences;
  }

  List<Tok> tokens() {
    return tokens;
  }

  List<NerSpan> spans() {
    return spans;
  }

  /** Doc offset where sentence {@code i} (position in {@link #sentences()}) begins. */
  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return starts[i] + sentences.get(i).text().length();
  }

  /** Position in {@link #sentences()} of the sentence holding doc offset {@code offset}. */
  int sentenceAt(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  /** Offset within its own sentence of doc offset {@code offset}. */
  int local(int offset) {
    return offset - starts[sentenceAt(offset)];
  }

  /** Sentence index (SentenceSplitter numbering) of a doc offset. */
  int sentenceIndexAt(int offset) {
    return sentences.get(sentenceAt(offset)).index();
  }

  /** Positions in {@link #sentences()} grouped by paragraph, in order. */
  List<int[]> paragraphs() {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= sentences.size(); i++) {
      if (i == sentences.size() || sentences.get(i).paragraph() != sentences.get(from).paragraph()) {
        out.add(new int[] {from, i});
        from = i;
      }
    }
    return out;
  }

  /** Tokens lying within doc offsets [from, to). */
  List<Tok> tokensBetween(int from, int to) {
    int lo = firstTokenAtOrAfter(from);
    int hi = firstTokenAtOrAfter(to);
    return tokens.subList(lo, Math.max(lo, hi));
  }

  /** Index of the first token that begins at or after doc offset {@code offset}. */
  int firstTokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).begin() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  String covered(int fromToken, int toToken) {
    return text.substring(tokens.get(fromToken).begin(), tokens.get(toToken - 1).end());
  }
}
