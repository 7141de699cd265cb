package org.storyfuse.ingest.text;

import java.util.regex.Pattern;

/**
 * Photo captions: a sentence about the picture, marked by a credit at its end or a "Photo:" lead.
 * They are dropped from the body (they describe the image, are often an agency's, and their date is
 * the photo's) but their dates still serve as evidence when no publication date is stated.
 */
final class Captions {

  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** "(Reuters photo)", "(AP Photo/Evan Vucci)", "[File photo]", "(Photo: AFP)" at the end. */
  private static final Pattern TRAILING_PHOTO_CREDIT =
      Pattern.compile(
          "[(\\[](?:[^()\\[\\]]{0,40}\\s)?(?:file\\s+)?(?:photo|photograph|picture|image)s?\\b"
              + "[^()\\[\\]]{0,60}[)\\]]\\.?$",
          CI);

  /** "REUTERS/Denis Balibouse", "AFP/Getty Images" at the end: wire photo credits. */
  private static final Pattern TRAILING_WIRE_CREDIT =
      Pattern.compile(
          "(?:\\b(?:REUTERS|AFP|AP|EPA|ANADOLU|XINHUA|GETTY(?:\\s+IMAGES)?)\\s*/\\s*\\p{Lu}[^.]{1,50}"
              + "|/\\s*(?:Getty Images|AFP|Reuters|AP|EPA-EFE))\\.?$");

  /** "Photo: Soldiers stand guard …", "File photo: …" at the start. */
  private static final Pattern LEADING_PHOTO =
      Pattern.compile("^(?:file\\s+)?(?:photo|picture|image)\\s*(?:caption)?\\s*[:|]", CI);

  private Captions() {}

  static boolean isCaption(String line) {
    return TRAILING_PHOTO_CREDIT.matcher(line).find()
        || TRAILING_WIRE_CREDIT.matcher(line).find()
        || LEADING_PHOTO.matcher(line).find();
  }
}
