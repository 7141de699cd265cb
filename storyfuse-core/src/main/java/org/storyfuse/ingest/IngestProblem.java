package org.storyfuse.ingest;

/**
 * A file or record that could not be read, with a one-line reason. Printed as
 * {@code origin: reason}; the run goes on with the other inputs.
 */
public record IngestProblem(String origin, String reason) {

  @Override
  public String toString() {
    return origin + ": " + reason;
  }
}
