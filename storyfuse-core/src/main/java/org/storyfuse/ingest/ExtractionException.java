package org.storyfuse.ingest;

/** A document that holds no readable article; the message is the one-line reason shown to users. */
public class ExtractionException extends Exception {

  public ExtractionException(String reason) {
    super(reason);
  }
}
