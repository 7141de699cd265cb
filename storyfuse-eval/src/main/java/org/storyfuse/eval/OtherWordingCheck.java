package org.storyfuse.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.storyfuse.model.Brief;
import org.storyfuse.render.SourceTexts;

/**
 * Whether a corroborated claim's other wordings ("in other words: …") state the claim, against
 * hand labels. An other wording is a source's own sentence the brief lists under a claim because
 * that source reports the same fact in its own words; it is right when the sentence states, in other
 * words, the claim's main content — the same actors and the same action or number — not merely
 * something on the same topic. The labels (one row per claim × other-wording sentence, made by reading
 * both; how: storyfuse-eval/src/test/resources/wordings/README.md) key a pair by a digest of the
 * claim's shown text and the other wording's article id and sentence index (so a label file need not
 * hold text whose licence does not allow it), so a pair the brief no longer shows is not counted and a
 * pair it newly shows is reported as unlabelled, not guessed.
 */
public final class OtherWordingCheck {

  /** One other wording under one claim, with the full sentence it was cut from. */
  public record Pair(String group, String claim, String articleId, int sentence, String sentenceText) {

    String key() {
      return OtherWordingCheck.key(claim, articleId, sentence);
    }
  }

  /** A hand label: whether the sentence states the claim. */
  public record Label(String group, String claim, String articleId, int sentence, boolean same, String sentenceText) {}

  /** Counts of one group of pairs (a half of the labelled stories). */
  public record Tally(int same, int notSame, int unlabelled) {

    public static final Tally EMPTY = new Tally(0, 0, 0);

    Tally plus(Boolean label) {
      return label == null ? new Tally(same, notSame, unlabelled + 1)
          : label ? new Tally(same + 1, notSame, unlabelled) : new Tally(same, notSame + 1, unlabelled);
    }

    public int labelled() {
      return same + notSame;
    }

    /** Share of the labelled pairs that state the claim; 1 when none is labelled. */
    public double precision() {
      return labelled() == 0 ? 1 : (double) same / labelled();
    }
  }

  private OtherWordingCheck() {}

  /**
   * The other wordings of every claim of a brief.
   *
   * @param groupOf the group (e.g. the labelled data set's topic) of a source, from its origin
   */
  public static List<Pair> pairs(Brief brief, SourceTexts texts, Function<Brief.Source, String> groupOf) {
    Map<Integer, Brief.Source> byNumber = new HashMap<>();
    brief.sources().forEach(s -> byNumber.put(s.id(), s));
    List<Pair> out = new ArrayList<>();
    for (Brief.CorroboratedClaim claim : brief.claims()) {
      for (Brief.Claim other : claim.otherWordings()) {
        for (Brief.SentenceRef ref : other.evidence()) {
          Brief.Source source = byNumber.get(ref.source());
          List<String> sentences = texts.of(ref.source());
          String text = ref.sentence() < sentences.size() ? sentences.get(ref.sentence()) : "";
          out.add(new Pair(groupOf.apply(source), claim.text(), source.articleId(), ref.sentence(), text));
        }
      }
    }
    return out;
  }

  /** The tally of each group, groups in first-seen order; {@code unlabelled} receives the pairs no label covers. */
  public static Map<String, Tally> tally(List<Pair> pairs, Map<String, Label> labels, List<Pair> unlabelled) {
    Map<String, Tally> out = new java.util.LinkedHashMap<>();
    for (Pair p : pairs) {
      Label l = labels.get(p.key());
      if (l == null) {
        unlabelled.add(p);
      }
      out.merge(p.group(), Tally.EMPTY.plus(l == null ? null : l.same()), OtherWordingCheck::sum);
    }
    return out;
  }

  public static Tally sum(Tally a, Tally b) {
    return new Tally(a.same() + b.same(), a.notSame() + b.notSame(), a.unlabelled() + b.unlabelled());
  }

  /**
   * Reads labels: tab-separated {@code group, article_id, sentence, same (1/0), claim_key, claim,
   * sentence_text} (the texts may be empty: only {@code claim_key} — {@link #digest} of the claim — is
   * matched); a header line and lines starting with '#' are skipped.
   */
  public static Map<String, Label> readLabels(Path tsv) {
    try {
      Map<String, Label> out = new HashMap<>();
      for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("group\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 7 || !(f[3].equals("1") || f[3].equals("0"))) {
          throw new IllegalArgumentException(tsv + ": not a label line: " + line);
        }
        Label l = new Label(f[0], f[5], f[1], Integer.parseInt(f[2]), f[3].equals("1"), f[6]);
        out.put(f[4] + "\u0000" + l.articleId() + "\u0000" + l.sentence(), l);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A pair as a label line, its label left to fill in ("?"). */
  public static String unlabelledLine(Pair p) {
    return String.join("\t", p.group(), p.articleId(), String.valueOf(p.sentence()), "?", digest(p.claim()),
        clean(p.claim()), clean(p.sentenceText()));
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ").strip();
  }

  public static String key(String claim, String articleId, int sentence) {
    return digest(claim) + "\u0000" + articleId + "\u0000" + sentence;
  }

  /** The first 12 hex digits of the SHA-256 of a text, whitespace runs as one space, trimmed. */
  public static String digest(String text) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(clean(text).replaceAll("\\s+", " ")
          .getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash).substring(0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
