package org.storyfuse.store;

/** The store file could not be read or written; the message is one line naming the reason. */
public class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
