package org.storyfuse.ingest;

import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Detects the language of a body text (n-gram profiles of the optimaize detector, 70 languages).
 * Thread-safe, without a lock; the profiles load once, on first use.
 */
public final class LanguageDetector {

  /** The code reported when the text is too short or too mixed to tell. */
  public static final String UNDETERMINED = "und";

  /** Detection reads at most this many characters: more does not change the answer, only the cost. */
  private static final int SAMPLE_CHARS = 4_000;

  private static final class Holder {
    static final com.optimaize.langdetect.LanguageDetector DETECTOR = load();
    static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();

    private static com.optimaize.langdetect.LanguageDetector load() {
      try {
        List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(profiles)
            .minimalConfidence(0.85)
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the language profiles", e);
      }
    }
  }

  /** ISO 639-1 code of the text's language, or {@value #UNDETERMINED}. */
  public String detect(String text) {
    if (text == null || text.isBlank()) {
      return UNDETERMINED;
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    // no lock: optimaize's LanguageDetectorImpl is immutable ("and thus thread-safe", its javadoc), and
    // each call seeds its own Random, so two threads detect at once and get the answers one would
    LdLocale locale = Holder.DETECTOR.detect(Holder.TEXT.forText(sample)).orNull();
    return locale == null ? UNDETERMINED : locale.getLanguage();
  }
}
