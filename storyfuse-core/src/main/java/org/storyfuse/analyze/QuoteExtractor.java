package org.storyfuse.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfuse.text.lexicon.SpeechVerbs;

/**
 * Direct quotes (by their marks, see {@link QuoteMarks}) and reported speech ("X said that ...",
 * "..., according to X"), each with its speaker ({@link Attributor}). A direct quote's speaker is
 * looked for, in order: "quoting X" around it; an attribution right after it (", Stoltenberg said");
 * the clause before it ("Sherman said: “...”"); "according to"; the rest of its sentences; the other
 * sentences of its paragraph, nearest first; and last the previous quote's speaker when the quote
 * continues it (open at a paragraph end) or stands alone in a paragraph of its own.
 */
final class QuoteExtractor {

  /** Fewer words than this in quotation marks is a scare quote ("secondary"), not a quote. */
  static final int MIN_QUOTE_WORDS = 2;

  /** Reported speech needs at least this many words in its clause. */
  private static final int MIN_REPORTED_WORDS = 4;

  private static final Set<String> SKIP_AFTER_CUE = Set.of(",", ":", "that", "on", "in");
  /** Cues whose object is always what was said; the others ("announced a fund") may take a plain noun phrase. */
  private static final Set<String> SPEECH_ONLY_CUES = SpeechVerbs.SPEECH_ONLY;
  /** How far into a non-speech cue's object a finite verb must come for it to be a clause. */
  private static final int CLAUSE_VERB_WITHIN = 5;

  private final Doc doc;
  private final Attributor attributor;
  private final Map<String, String> roles;

  /** A quoted passage in doc offsets. */
  private record Passage(QuoteMarks.Span span, int open, int close, int from, int to) {}

  QuoteExtractor(Doc doc, List<Mention> mentions, Map<String, String> rolesByKey) {
    this.doc = doc;
    this.attributor = new Attributor(doc, mentions);
    this.roles = rolesByKey;
  }

  List<Quote> extract() {
    List<Passage> passages = passages();
    List<Quote> out = new ArrayList<>();
    boolean[] quoted = new boolean[doc.sentences().size()];
    Attributor.Attribution previous = null;
    int previousParagraph = -2;
    for (int q = 0; q < passages.size(); q++) {
      Passage p = passages.get(q);
      int first = doc.sentenceAt(p.from());
      int last = doc.sentenceAt(Math.max(p.from(), p.to() - 1));
      for (int s = first; s <= last; s++) {
        quoted[s] = true;
      }
      Attributor.Attribution a = attribute(passages, q, first, last);
      int paragraph = doc.sentences().get(first).paragraph();
      // A paragraph that is one double-quoted passage continues the previous speaker (news
      // convention); a single-quoted one is a subheading ('Necessary measures ...').
      boolean standalone = isWholeParagraph(p, first, last) && isDoubleMark(doc.text().charAt(p.open()));
      if (a == null && previous != null && previous.speaker() != null
          && (p.span().continuesPrev() || (standalone && previousParagraph >= paragraph - 1))) {
        a = new Attributor.Attribution(previous.speaker(), previous.speakerText(), "continued", -1, -1);
      }
      String text = doc.text().substring(p.from(), p.to()).replace('\n', ' ');
      if (words(text) >= MIN_QUOTE_WORDS) {
        out.add(quote(Quote.Kind.DIRECT, text, a, first, last, p.from()));
        if (a != null && a.speaker() != null) {
          previous = a;
          previousParagraph = paragraph;
        }
      }
    }
    out.addAll(reported(quoted));
    out.sort(java.util.Comparator.comparingInt(Quote::sentence).thenComparingInt(Quote::begin));
    return out;
  }

  private Attributor.Attribution attribute(List<Passage> passages, int q, int first, int last) {
    Passage p = passages.get(q);
    int sentenceStart = doc.start(first);
    int sentenceEnd = doc.end(last);
    int leftFrom = q > 0 ? Math.max(sentenceStart, passages.get(q - 1).close()) : sentenceStart;
    boolean nextInSentence = q + 1 < passages.size() && passages.get(q + 1).open() < sentenceEnd;
    int rightTo = nextInSentence ? passages.get(q + 1).open() : sentenceEnd;
    int[] left = tokens(leftFrom, p.open());
    int[] right = tokens(p.close(), rightTo);

    Attributor.Attribution a = attributor.quoting(right[0], right[1]);
    if (a == null) {
      a = attributor.quoting(left[0], left[1]);
    }
    if (a == null) {
      Attributor.Attribution r = attributor.sayCue(right[0], right[1]);
      // ", and Sherman said the proposals were “...”": that cue introduces the next quote.
      if (r != null && !(nextInSentence && hasWordsAfter(r.cueToken(), right[1]))) {
        a = r;
      }
    }
    if (a == null) {
      a = attributor.sayCue(left[0], left[1]);
    }
    if (a == null) {
      a = attributor.accordingTo(right[0], right[1]);
    }
    if (a == null) {
      a = attributor.accordingTo(left[0], left[1]);
    }
    if (a == null) {
      a = unquoted(sentenceStart, sentenceEnd, passages);
    }
    if (a == null || a.speaker() == null && a.speakerText() == null) {
      a = paragraphContext(first, last, passages, a);
    }
    return a;
  }

  /** A cue in the parts of sentences [start, end) outside any quote. */
  private Attributor.Attribution unquoted(int start, int end, List<Passage> passages) {
    int from = start;
    for (Passage other : passages) {
      if (other.close() <= start || other.open() >= end) {
        continue;
      }
      Attributor.Attribution a = cueIn(from, other.open());
      if (a != null) {
        return a;
      }
      from = Math.max(from, other.close());
    }
    return cueIn(from, end);
  }

  private Attributor.Attribution cueIn(int from, int to) {
    if (to <= from) {
      return null;
    }
    int[] t = tokens(from, to);
    Attributor.Attribution a = attributor.sayCue(t[0], t[1]);
    return a != null ? a : attributor.accordingTo(t[0], t[1]);
  }

  /** The other sentences of the paragraph, nearest first, before ones after. */
  private Attributor.Attribution paragraphContext(int first, int last, List<Passage> passages,
                                                   Attributor.Attribution fallback) {
    int paragraph = doc.sentences().get(first).paragraph();
    for (int d = 1; d < doc.sentences().size(); d++) {
      boolean any = false;
      for (int s : new int[] {first - d, last + d}) {
        if (s < 0 || s >= doc.sentences().size() || doc.sentences().get(s).paragraph() != paragraph) {
          continue;
        }
        any = true;
        Attributor.Attribution a = unquoted(doc.start(s), doc.end(s), passages);
        if (a != null && a.speaker() != null) {
          return a;
        }
      }
      if (!any) {
        break;
      }
    }
    return fallback;
  }

  /** Reported speech in sentences with no direct quote. */
  private List<Quote> reported(boolean[] quoted) {
    List<Quote> out = new ArrayList<>();
    List<Tok> toks = doc.tokens();
    for (int s = 0; s < doc.sentences().size(); s++) {
      if (quoted[s]) {
        continue;
      }
      int[] t = tokens(doc.start(s), doc.end(s));
      Attributor.Attribution a = attributor.sayCue(t[0], t[1]);
      if (a == null || a.speaker() == null) {
        // "Aid groups have warned ..., according to the Red Cross": the named source wins.
        Attributor.Attribution according = attributor.accordingTo(t[0], t[1]);
        if (according != null && (according.speaker() != null || a == null || a.speakerText() == null)) {
          a = according;
        }
      }
      if (a == null || (a.speaker() == null && a.speakerText() == null) || insideARelativeClause(a, t[0])) {
        continue;
      }
      int c = a.cueToken();
      int contentFrom = c + (a.cue().equals("according to") ? 2 : 1);
      contentFrom = skipAfterCue(contentFrom, t[1], a.cue());
      int end = t[1];
      while (end > contentFrom && toks.get(end - 1).isPunct()) {
        end--;
      }
      String text;
      if (end - contentFrom >= MIN_REPORTED_WORDS && !a.cue().equals("according to")
          && reportsAClause(a.cue(), c, contentFrom, end)) {
        text = doc.covered(contentFrom, end);
      } else if (attributionEndsItsClause(c, end, a.cue().equals("according to"))) {
        // Attribution at the end ("..., a top diplomat said Thursday."): the clause before it.
        int stop = a.subjectStart() >= t[0] && a.subjectStart() < c ? a.subjectStart() : c;
        while (stop > t[0] && (isSubjectWord(toks.get(stop - 1)) || inAHyphenatedWord(stop - 1))) {
          stop--;
        }
        if (stop > t[0] && !toks.get(stop - 1).isPunct()) {
          // "…13 points, while Richard Carter added 11": the attribution sits in a clause of its
          // own; what was said ends at a comma (or a dash) before its speaker
          continue;
        }
        while (stop > t[0] && toks.get(stop - 1).isPunct()) {
          stop--;
        }
        if (stop - t[0] < MIN_REPORTED_WORDS || isOnlyAnAdverbial(t[0], stop)
            || !hasAClauseVerb(t[0], stop) || Character.isLowerCase(toks.get(t[0]).text().codePointAt(0))) {
          // what was said is a clause ("Ten minutes after being taken off the job" is not), and a
          // sentence in lower case is the tail of one cut before it
          continue;
        }
        text = doc.covered(t[0], stop);
      } else {
        continue; // "…, Henri Richard urged investors not to worry as …": no report, before or after
      }
      out.add(quote(Quote.Kind.REPORTED, text, a, s, s, doc.tokens().get(t[0]).begin()));
    }
    return out;
  }

  /**
   * Whether the words after a cue are what was said. Not when they are an adverbial tail ("X said
   * on Tuesday, after the river flooded ...": what was said came before), nor when a cue that can
   * take a plain object has one ("announced a €25 million fund"): those are acts, not speech.
   */
  private boolean reportsAClause(String cue, int cueToken, int from, int end) {
    List<Tok> toks = doc.tokens();
    for (int i = cueToken + 1; i < from; i++) {
      if (toks.get(i).lower().equals("that")) {
        return true;
      }
    }
    Tok first = toks.get(from);
    if (CONDITIONALS.contains(first.lower())) {
      // "He says if the United States imposes sanctions, ... will ...": a condition and its outcome
      // are what was said, when a finite verb follows
      return finiteVerbWithin(from + 1, end, CLAUSE_VERB_WITHIN + 3);
    }
    if (first.pos().equals("IN") || first.pos().startsWith("RB") || first.isPunct()) {
      return false;
    }
    // a speech-only cue's object is what was said, but as a clause: "noted the administration's
    // recent maneuver in the Chukchi Sea" names what was spoken of, and is no report
    return finiteVerbWithin(from, end, SPEECH_ONLY_CUES.contains(cue) ? end - from : CLAUSE_VERB_WITHIN);
  }

  /** The most words an attribution at a sentence's end may have after its cue ("told reporters in Geneva on Monday"). */
  private static final int ATTRIBUTION_TAIL_WORDS = 6;

  /**
   * Whether the attribution closes its clause: after the cue, up to the next comma or the end, at
   * most {@value #ATTRIBUTION_TAIL_WORDS} words and no verb ("…, a top diplomat said Thursday.",
   * "…, Marta Ilves said on Tuesday, after the river flooded…"); after "according to", a source of
   * any length ("according to a senior advisor for the United Nations Children's Fund"). Only then
   * are the words before the speaker what was said: "…, Henri Richard urged investors not to worry
   * as …" reports nothing.
   */
  private boolean attributionEndsItsClause(int cueToken, int end, boolean accordingTo) {
    List<Tok> toks = doc.tokens();
    int words = 0;
    for (int i = cueToken + (accordingTo ? 2 : 1); i < end; i++) {
      Tok t = toks.get(i);
      if (CLAUSE_BREAKS.contains(t.text())) {
        break;
      }
      if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
        return false;
      }
      if (!t.isPunct()) {
        words++;
      }
    }
    return accordingTo || words <= ATTRIBUTION_TAIL_WORDS;
  }

  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", "\u2014", "\u2013", "--");

  /**
   * Whether the words before an attribution, tokens [from, to), are only an adverbial: they open with
   * a preposition or subordinator and no finite verb follows a comma after it ("In a news conference
   * announcing the merger …", "After leaving rehab in Newport Beach, Calif., less than an hour
   * after …"). "On seeing the warship, the skiffs turned back" has its clause after the comma; a
   * condition ("If the talks fail, …") is what was said.
   */
  private boolean isOnlyAnAdverbial(int from, int to) {
    List<Tok> toks = doc.tokens();
    Tok first = toks.get(from);
    if (!first.pos().equals("IN") || CONDITIONALS.contains(first.lower())
        || (first.lower().equals("at") && from + 1 < to && QUANTIFYING.contains(toks.get(from + 1).lower()))) {
      return false; // "At least five people were killed, …" counts, it does not set a scene
    }
    for (int i = from + 1; i < to; i++) {
      if (toks.get(i).text().equals(",") && finiteVerbWithin(i + 1, to, to - i)) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> QUANTIFYING = Set.of("least", "most");

  /** Relative pronouns that open a clause whose object is the noun before them. */
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "whom");

  /**
   * Whether the speaker and cue sit in a relative clause on a noun ("Moscow repeated demands that
   * Washington says it cannot accept"): what was said has a gap where that noun belongs ("it cannot
   * accept" what?), so it is no report to show on its own. "Ryabkov said that Washington says …" (a
   * verb before "that") is a report inside a report, and stays.
   */
  private boolean insideARelativeClause(Attributor.Attribution a, int sentenceStart) {
    int subject = a.subjectStart() >= 0 ? a.subjectStart() : a.cueToken();
    if (subject - 2 < sentenceStart) {
      return false;
    }
    List<Tok> toks = doc.tokens();
    return RELATIVE_PRONOUNS.contains(toks.get(subject - 1).lower()) && toks.get(subject - 2).pos().startsWith("NN");
  }

  /** Words that open a conditional clause after a speech cue. */
  private static final Set<String> CONDITIONALS = Set.of("if", "unless");

  /**
   * Whether a finite verb comes within {@code within} tokens of {@code from}: the words there are a
   * clause. A verb right after "and" does not count, nor does any verb after it: it is the subject's
   * next predicate ("Russia denies any such plans and says …"), not the verb of a clause the cue
   * reports ("warned Moscow and its allies would …" is one).
   */
  private boolean finiteVerbWithin(int from, int end, int within) {
    List<Tok> toks = doc.tokens();
    for (int i = from; i < Math.min(end, from + within); i++) {
      String pos = toks.get(i).pos();
      if (pos.equals("CC") && i + 1 < end && toks.get(i + 1).pos().matches("VBD|VBZ|VBP")) {
        return false;
      }
      if (isFiniteVerb(pos)) {
        return true;
      }
    }
    return false;
  }

  /** A finite verb or a modal, by its tag: what a clause needs. */
  private static boolean isFiniteVerb(String pos) {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  /** Whether token i is part of a hyphenated word ("Berlin" "-" "based"): written together with a "-" beside it. */
  private boolean inAHyphenatedWord(int i) {
    List<Tok> toks = doc.tokens();
    Tok t = toks.get(i);
    boolean withNext = i + 1 < toks.size() && t.end() == toks.get(i + 1).begin()
        && (t.text().equals("-") || toks.get(i + 1).text().equals("-"));
    boolean withPrevious = i > 0 && toks.get(i - 1).end() == t.begin()
        && (t.text().equals("-") || toks.get(i - 1).text().equals("-"));
    return withNext || withPrevious;
  }

  /** Non-finite forms before a past participle: "after being taken" has no clause of its own. */
  private static final Set<String> NON_FINITE_BEFORE_PARTICIPLE = Set.of("being", "been", "be", "having", "to");

  /**
   * Whether tokens [from, to) hold a verb that makes them a clause: a finite one, or a past
   * participle not after "being"/"having" (the tagger reads many a past tense as one: "An earthquake
   * measuring 4.6 rattled Sonoma").
   */
  private boolean hasAClauseVerb(int from, int to) {
    List<Tok> toks = doc.tokens();
    for (int i = from; i < to; i++) {
      String pos = toks.get(i).pos();
      if (isFiniteVerb(pos)) {
        return true;
      }
      if (pos.equals("VBN") && (i == from || !NON_FINITE_BEFORE_PARTICIPLE.contains(toks.get(i - 1).lower()))) {
        return true;
      }
    }
    return false;
  }

  /** Determiners and adjectives of a nominal subject that precede it ("a senior Russian diplomat"). */
  private static boolean isSubjectWord(Tok t) {
    return t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().startsWith("NN")
        || t.pos().equals("POS") || t.lower().equals("he") || t.lower().equals("she");
  }

  /** Days a cue may be followed by, telling when it was said. */
  private static final Set<String> SAID_ON = java.util.stream.Stream.concat(
      org.storyfuse.text.lexicon.Weekdays.NAMES.stream(), java.util.stream.Stream.of("today", "yesterday", "tonight"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Pronouns that are a clause's subject, never a told-object ("told reporters he …"). */
  private static final Set<String> CLAUSE_SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");

  /** Past "that", "on Twitter", a told-object ("told reporters", "told state television"). */
  private int skipAfterCue(int i, int to, String cue) {
    List<Tok> toks = doc.tokens();
    for (int j = i; j < Math.min(to, i + 8); j++) {
      if (toks.get(j).lower().equals("that")) {
        return j + 1;
      }
    }
    if (cue.equals("told") || cue.equals("tells") || cue.equals("telling")) {
      int j = i;
      // "telling state television he expects …": a subject pronoun opens what was said
      while (j < to && j < i + 3 && (toks.get(j).pos().matches("DT|JJ|NNS?|NNPS?|PRP"))
          && !CLAUSE_SUBJECT_PRONOUNS.contains(toks.get(j).lower())
          // "told police LaCalamita loaded…": a name after a common-noun object opens what was said
          && !(j > i && toks.get(j).pos().startsWith("NNP") && toks.get(j - 1).pos().matches("NNS?"))) {
        j++;
      }
      i = j;
    }
    while (i < to && SKIP_AFTER_CUE.contains(toks.get(i).lower()) && toks.get(i).isPunct()) {
      i++;
    }
    // "said Thursday the actress checked into …": the day tells when it was said; not when it is the
    // subject of what was said ("said Thursday was the worst day")
    if (i + 1 < to && SAID_ON.contains(toks.get(i).lower()) && !toks.get(i + 1).pos().startsWith("VB")
        && !toks.get(i + 1).pos().equals("MD") && !toks.get(i + 1).isPunct()) {
      i++;
    }
    return i;
  }

  private Quote quote(Quote.Kind kind, String text, Attributor.Attribution a, int first, int last, int offset) {
    Mention sp = a == null ? null : a.speaker();
    return new Quote(kind, text.strip(),
        sp == null ? null : sp.name(),
        sp == null ? null : sp.key(),
        sp == null ? null : sp.kind(),
        sp == null ? null : roles.get(sp.key()),
        a == null ? null : a.speakerText(),
        a == null ? null : a.cue(),
        doc.sentences().get(first).index(),
        doc.sentences().get(last).index(),
        offset - doc.start(first));
  }

  private static boolean isDoubleMark(char c) {
    return c == '"' || c == '“' || c == '„' || c == '«';
  }

  private boolean hasWordsAfter(int cue, int to) {
    for (int i = cue + 1; i < to; i++) {
      if (!doc.tokens().get(i).isPunct()) {
        return true;
      }
    }
    return false;
  }

  private boolean isWholeParagraph(Passage p, int first, int last) {
    int[] para = paragraphOf(first);
    return p.open() <= doc.start(para[0]) && p.close() >= doc.end(para[1] - 1) - 1;
  }

  private int[] paragraphOf(int s) {
    for (int[] para : doc.paragraphs()) {
      if (s >= para[0] && s < para[1]) {
        return para;
      }
    }
    return new int[] {s, s + 1};
  }

  /** Token index range of doc offsets [from, to). */
  private int[] tokens(int from, int to) {
    int a = doc.firstTokenAtOrAfter(from);
    int b = doc.firstTokenAtOrAfter(to);
    return new int[] {a, Math.max(a, b)};
  }

  /** Quoted passages of all paragraphs, in doc offsets. */
  private List<Passage> passages() {
    List<int[]> paras = doc.paragraphs();
    List<String> texts = new ArrayList<>();
    for (int[] p : paras) {
      texts.add(doc.text().substring(doc.start(p[0]), doc.end(p[1] - 1)));
    }
    List<Passage> out = new ArrayList<>();
    for (QuoteMarks.Span span : QuoteMarks.find(texts)) {
      int base = doc.start(paras.get(span.paragraph())[0]);
      out.add(new Passage(span, base + span.open(), base + span.close(), base + span.contentStart(),
          base + span.contentEnd()));
    }
    return out;
  }

  private static int words(String text) {
    int n = 0;
    for (String w : text.split("\\s+")) {
      if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }
}
