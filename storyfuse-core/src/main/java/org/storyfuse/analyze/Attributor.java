package org.storyfuse.analyze;

import java.util.List;
import java.util.Set;
import org.storyfuse.text.lexicon.SpeechVerbs;

/**
 * Speaker rules over tokens and entity mentions (CoreNLP's own quote attribution gave headline quotes
 * to the wrong person, see DESIGN.md): "X said", "said X", "X told reporters", "X was quoted as
 * saying", "according to X", "..., quoting its Ambassador X" (the quoted person, not the account),
 * pronoun subjects ("he said") resolved to the nearest person named before.
 */
final class Attributor {

  /** Who spoke and how the source said so. */
  /**
   * @param subjectStart first token of the subject phrase as written (the name, pronoun or noun
   *                     phrase), or -1 when the speaker was found elsewhere (after the cue, earlier)
   */
  record Attribution(Mention speaker, String speakerText, String cue, int cueToken, int subjectStart) {}

  static final Set<String> CUES = SpeechVerbs.CUES;

  private static final Set<String> AUX = Set.of("has", "have", "had", "is", "was", "are", "were", "'s");

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");
  private static final Set<String> QUOTING = Set.of("quoting", "citing");

  private final Doc doc;
  private final Mention[] mentionAt;
  private final List<Mention> mentions;

  Attributor(Doc doc, List<Mention> mentions) {
    this.doc = doc;
    this.mentions = mentions;
    this.mentionAt = new Mention[doc.tokens().size()];
    for (Mention m : mentions) {
      for (int i = m.start(); i < m.end(); i++) {
        mentionAt[i] = m;
      }
    }
  }

  /** "quoting [its|his|her] [role] X": the person quoted is the speaker. */
  Attribution quoting(int from, int to) {
    List<Tok> toks = doc.tokens();
    for (int i = from; i < to; i++) {
      if (QUOTING.contains(toks.get(i).lower())) {
        Mention m = personAfter(i + 1, to, 8);
        if (m != null) {
          return new Attribution(m, m.text(), toks.get(i).lower(), i, -1);
        }
      }
    }
    return null;
  }

  /**
   * A speech verb in tokens [from, to) and its subject: the nearest person (or he/she) before the
   * verb, else a person right after it ("said X"), else a short-subject organisation or country
   * ("Russia says"), else the noun phrase as written ("a senior Russian diplomat"). Null without a cue.
   */
  Attribution sayCue(int from, int to) {
    List<Tok> toks = doc.tokens();
    for (int c = from; c < to; c++) {
      if (!CUES.contains(toks.get(c).lower()) || !toks.get(c).pos().startsWith("VB")) {
        continue;
      }
      Attribution a = subjectOf(from, c);
      if (a == null && !pronounSubjectBefore(from, c)) {
        Mention after = personAfter(c + 1, to, 6);
        if (after != null) {
          a = new Attribution(after, after.text(), toks.get(c).lower(), c, -1);
        }
      }
      if (a == null) {
        int start = nominalStart(from, c);
        a = new Attribution(null, start < 0 ? null : doc.covered(start, subjectEnd(start, c)), toks.get(c).lower(), c,
            start);
      }
      return a;
    }
    return null;
  }

  /** "according to X" in tokens [from, to). */
  Attribution accordingTo(int from, int to) {
    List<Tok> toks = doc.tokens();
    for (int i = from; i + 1 < to; i++) {
      if (toks.get(i).lower().equals("according") && toks.get(i + 1).lower().equals("to")) {
        for (int j = i + 2; j < Math.min(to, i + 10); j++) {
          if (mentionAt[j] != null && mentionAt[j].kind() != EntityKind.OTHER
              && !qualifiesTheNounAfterIt(mentionAt[j], to)) {
            return new Attribution(mentionAt[j], mentionAt[j].text(), "according to", i, i);
          }
          if (toks.get(j).isPunct()) {
            break;
          }
        }
        int end = i + 2;
        while (end < Math.min(to, i + 10) && !toks.get(end).isPunct()) {
          end++;
        }
        return end > i + 2 ? new Attribution(null, doc.covered(i + 2, end), "according to", i, i) : null;
      }
    }
    return null;
  }

  private Attribution subjectOf(int from, int cue) {
    List<Tok> toks = doc.tokens();
    for (int i = cue - 1; i >= from; i--) {
      Mention m = mentionAt[i];
      if (m != null && m.kind() == EntityKind.PERSON) {
        return modifiesANoun(m, from) || ownsTheNounThatSpoke(m, cue) ? nounPhrase(from, cue)
            : new Attribution(m, m.text(), toks.get(cue).lower(), cue, m.start());
      }
      if (SUBJECT_PRONOUNS.contains(toks.get(i).lower())) {
        Mention antecedent = personBefore(i);
        return new Attribution(antecedent, toks.get(i).text(), toks.get(cue).lower(), cue, i);
      }
    }
    // No person: a country or organisation as the subject ("Russia says", "the Kremlin said").
    Mention adjacent = cue > from ? mentionAt[cue - 1] : null;
    Mention inShortSubject = firstOrgOrPlace(from, cue);
    Mention modifier = adjacent != null ? adjacent : inShortSubject;
    if (isOrgOrPlace(modifier) && modifiesANoun(modifier, from)) {
      return nounPhrase(from, cue);
    }
    int group = isOrgOrPlace(adjacent) ? coordinatedStart(adjacent, from) : -1;
    if (group >= 0) {
      // "Washington and Kyiv say": the group spoke, not its last member; no one entity is the speaker
      return new Attribution(null, doc.covered(group, cue), toks.get(cue).lower(), cue, group);
    }
    if (isOrgOrPlace(adjacent)) {
      return new Attribution(adjacent, adjacent.text(), toks.get(cue).lower(), cue, adjacent.start());
    }
    if (inShortSubject != null && qualifiesTheNounAfterIt(inShortSubject, cue)) {
      return nounPhrase(from, cue); // "Bloomington officers said": the officers spoke, not the town
    }
    return inShortSubject == null ? null
        : new Attribution(inShortSubject, inShortSubject.text(), toks.get(cue).lower(), cue, inShortSubject.start());
  }

  /**
   * Whether a place stands before a common noun it qualifies ("Palmer officials", "Bloomington
   * officers") within tokens up to {@code to}: then the noun is who spoke, as in "the mayor of
   * Springfield". A body before its spokesman ("Surrey Police spokesman") spoke through them.
   */
  private boolean qualifiesTheNounAfterIt(Mention m, int to) {
    if (m.kind() != EntityKind.LOCATION || m.end() >= to) {
      return false;
    }
    return isCommonNoun(m.end());
  }

  /** Whether token i is a common noun that names no entity ("officials", "attorney"). */
  private boolean isCommonNoun(int i) {
    String pos = doc.tokens().get(i).pos();
    return pos.startsWith("NN") && !pos.startsWith("NNP") && mentionAt[i] == null;
  }

  /** Prepositions that attach a name to the noun that spoke ("the mayor of", "officials in", "a lawyer for"). */
  private static final Set<String> ATTACHING = Set.of("of", "in", "from", "at", "for");

  /**
   * "The mayor of Springfield said", "a lawyer for Dana Whitlock said": the name only qualifies the
   * noun that spoke (the town did not speak, the client did not), so no entity is the speaker and the
   * noun phrase as written is; null when the words before the cue are no noun phrase.
   */
  private Attribution nounPhrase(int from, int cue) {
    int start = nominalStart(from, cue);
    return start < 0 ? null
        : new Attribution(null, doc.covered(start, subjectEnd(start, cue)), doc.tokens().get(cue).lower(), cue, start);
  }

  /** The first organisation or place in a short subject (at most 4 tokens before the cue), or null. */
  private Mention firstOrgOrPlace(int from, int cue) {
    if (cue - from > 4) {
      return null;
    }
    for (int i = from; i < cue; i++) {
      if (isOrgOrPlace(mentionAt[i])) {
        return mentionAt[i];
      }
    }
    return null;
  }

  /**
   * Whether {@code m} owns the common noun after it, before the cue: "Lindsay Lohan's attorney said"
   * (the attorney spoke, not Lohan).
   */
  private boolean ownsTheNounThatSpoke(Mention m, int cue) {
    List<Tok> toks = doc.tokens();
    int p = m.end();
    if (p >= cue || !(toks.get(p).pos().equals("POS") || POSSESSIVES.contains(toks.get(p).text()))) {
      return false;
    }
    if (p + 1 < cue && toks.get(p + 1).text().equals("s")) {
      p++; // "Lohan ’ s attorney", as tokenised text writes the possessive
    }
    for (int i = p + 1; i < cue; i++) {
      if (isCommonNoun(i)) {
        return true;
      }
      if (!toks.get(i).pos().startsWith("JJ")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’");

  /** Whether {@code m} is the object of a preposition after a common noun: "the mayor of [the] X". */
  private boolean modifiesANoun(Mention m, int from) {
    List<Tok> toks = doc.tokens();
    int p = m.start() - 1;
    if (p > from && toks.get(p).lower().equals("the")) {
      p--;
    }
    return p > from && ATTACHING.contains(toks.get(p).lower()) && toks.get(p - 1).pos().startsWith("NN")
        && mentionAt[p - 1] == null;
  }

  private static final Set<String> COORDINATORS = Set.of("and", "or", "&", ",");

  /**
   * The first token of a coordinated subject that ends with {@code last} ("Washington and Kyiv",
   * "the EU, Britain and Canada"), or -1 when {@code last} stands alone.
   */
  private int coordinatedStart(Mention last, int from) {
    List<Tok> toks = doc.tokens();
    int start = -1;
    Mention m = last;
    while (m.start() - 2 >= from && COORDINATORS.contains(toks.get(m.start() - 1).lower())) {
      Mention before = mentionAt[m.start() - 2];
      if (before == null || before.kind() == EntityKind.OTHER) {
        break;
      }
      start = before.start();
      m = before;
    }
    return start;
  }

  private static boolean isOrgOrPlace(Mention m) {
    return m != null && (m.kind() == EntityKind.ORGANIZATION || m.kind() == EntityKind.LOCATION);
  }

  /** The nearest person mentioned before token {@code index}, or null. */
  Mention personBefore(int index) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.end() > index) {
        break;
      }
      if (m.kind() == EntityKind.PERSON) {
        best = m;
      }
    }
    return best;
  }

  /** A person starting within {@code window} tokens after {@code from}, past role words and articles. */
  private Mention personAfter(int from, int to, int window) {
    List<Tok> toks = doc.tokens();
    for (int i = from; i < Math.min(to, from + window); i++) {
      Mention m = mentionAt[i];
      if (m != null && m.kind() == EntityKind.PERSON) {
        return m;
      }
      Tok t = toks.get(i);
      // "confirmed yesterday that Obama has offered…": a name past "that" is inside what was said
      if ((t.isPunct() && !t.text().equals(".")) || t.lower().equals("that")) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether a personal pronoun is the cue's subject ("I confirmed…", "They said…", "He also said…";
   * adverbs and auxiliaries may stand between): the speaker is named before or not at all, never
   * by a name after the cue. "I" and "we" are the writer.
   */
  private boolean pronounSubjectBefore(int from, int cue) {
    List<Tok> toks = doc.tokens();
    int i = cue - 1;
    while (i >= from && (toks.get(i).pos().startsWith("RB") || toks.get(i).pos().equals("MD")
        || AUX.contains(toks.get(i).lower()))) {
      i--;
    }
    return i >= from && toks.get(i).pos().equals("PRP");
  }

  private int subjectEnd(int start, int cue) {
    List<Tok> toks = doc.tokens();
    while (cue > start && (toks.get(cue - 1).pos().equals("MD") || AUX.contains(toks.get(cue - 1).lower()))) {
      cue--;
    }
    return cue;
  }

  /** Words that cannot stand in a subject noun phrase: it is a clause, not a speaker. */
  private static final Set<String> NOT_IN_SUBJECT = Set.of("that", "as", "if", "because", "when", "while", "and");

  /**
   * Start of the subject noun phrase before the cue ("a senior Russian diplomat", "a source familiar
   * with the plan"): from the last punctuation, at most 7 tokens, ending in a noun, without a verb.
   * -1 when there is none.
   */
  private int nominalStart(int from, int cue) {
    List<Tok> toks = doc.tokens();
    // "Aid groups have warned": the subject ends before the auxiliary.
    while (cue > from && (toks.get(cue - 1).pos().equals("MD") || AUX.contains(toks.get(cue - 1).lower()))) {
      cue--;
    }
    int start = cue;
    while (start > from && cue - start < 7 && !toks.get(start - 1).isPunct()) {
      start--;
    }
    if (start >= cue || (start > from && !toks.get(start - 1).isPunct()) || !toks.get(cue - 1).pos().startsWith("NN")) {
      return -1;
    }
    for (int i = start; i < cue; i++) {
      Tok t = toks.get(i);
      if (t.pos().startsWith("VB") && !t.pos().equals("VBN") && !t.pos().equals("VBG") || t.pos().equals("MD") || NOT_IN_SUBJECT.contains(t.lower())) {
        return -1;
      }
    }
    return start;
  }
}
