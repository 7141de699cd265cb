package org.storyfuse.text.lexicon;

import java.util.regex.Pattern;

/**
 * Page furniture in the languages of Europe's larger news markets, as a whole line: an ad slot's
 * label ("Anzeige", "Publicidad", "Реклама"), a related-links heading ("Lesen Sie auch", "À lire
 * aussi", "Zobacz również") or a comments label ("Kommentare (12)", "12 commenti"). The English
 * ones are in each extractor's own rules. Lookups take the line in lower case ({@code Locale.ROOT}).
 */
public final class PageFurniture {

  private static final Pattern AD_LABEL = Pattern.compile(
      "(?:anzeige|werbung|publicité|publicidad|publicidade|pubblicità|advertentie|reklama|reklam|reklame|annons"
          + "|mainos|hirdetés|реклама|διαφήμιση)\\W*");

  private static final Pattern FOREIGN_FURNITURE = Pattern.compile(
      "(?:lesen sie auch|mehr zum thema|das könnte sie auch interessieren|weitere artikel|à lire aussi|lire aussi"
          + "|sur le même sujet|à voir aussi|vous aimerez aussi|lee también|te puede interesar|noticias relacionadas"
          + "|más información|leggi anche|potrebbe interessarti|articoli correlati|ti potrebbe interessare"
          + "|leia também|veja também|notícias relacionadas|lees ook|meer over dit onderwerp|gerelateerde artikelen"
          + "|czytaj także|czytaj też|przeczytaj także|zobacz również|zobacz także|bunu da okuyun|ilginizi çekebilir"
          + "|ilgili haberler|читайте также|по теме|смотрите также"
          + "|(?:\\d+\\s+)?(?:kommentare?|commentaires?|comentarios?|commenti|commento|comentários?|reacties|reactie"
          + "|komentarze?|komentarzy|yorumlar?|комментари[йяи]?)(?:\\s*\\(\\d+\\))?)\\W*");

  private PageFurniture() {}

  /** An ad slot's label in another language than English, alone on its line. */
  public static boolean isAdLabel(String lowerCaseLine) {
    return AD_LABEL.matcher(lowerCaseLine).matches();
  }

  /** A related-links heading or a comments label in another language than English, alone on its line. */
  public static boolean isRelatedOrComments(String lowerCaseLine) {
    // "İ" lowered by Locale.ROOT leaves a combining dot after the "i"
    return FOREIGN_FURNITURE.matcher(lowerCaseLine.replace("\u0307", "")).matches();
  }
}
