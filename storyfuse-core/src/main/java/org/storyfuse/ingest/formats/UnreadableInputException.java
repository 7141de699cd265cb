package org.storyfuse.ingest.formats;

/** An input (file or record) that cannot be read; the message is the one-line reason for users. */
public final class UnreadableInputException extends Exception {

  UnreadableInputException(String reason) {
    super(reason);
  }
}
