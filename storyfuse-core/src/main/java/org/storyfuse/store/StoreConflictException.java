package org.storyfuse.store;

/**
 * Another writer committed since the change set was planned: nothing was written, and the planner
 * must reload what the store holds and plan again.
 */
public final class StoreConflictException extends StoreException {

  public StoreConflictException(String message) {
    super(message, null);
  }
}
