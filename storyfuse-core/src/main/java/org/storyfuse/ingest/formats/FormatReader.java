package org.storyfuse.ingest.formats;

/** Reads one decoded file of one format into documents. */
interface FormatReader {

  /**
   * @param origin the file's origin; multi-record readers append "#n" per record
   * @param text   the whole file, decoded
   * @throws UnreadableInputException when the file as a whole cannot be read
   */
  void read(String origin, String text, Records out) throws UnreadableInputException;
}
