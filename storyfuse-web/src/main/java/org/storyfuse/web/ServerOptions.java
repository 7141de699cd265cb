package org.storyfuse.web;

/**
 * How a {@link StoryfuseServer} admits requests.
 *
 * @param bearerToken  the token POST requests must present ({@code Authorization: Bearer ...}), or
 *                     null to accept posts from anyone who can reach the port
 * @param maxBodyBytes the largest request body read; larger ones get 413
 * @param deferBriefs  regroup the store and rebuild briefs off the request path (a post answers
 *                     once its articles are stored and joined to the stored groups; the whole store
 *                     is regrouped once posts pause; readers get the previous brief, marked
 *                     pending, meanwhile), as {@code storyfuse serve} does; false: each post
 *                     regroups the whole store and waits for its story's brief
 */
public record ServerOptions(String bearerToken, long maxBodyBytes, boolean deferBriefs) {

  public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

  public ServerOptions {
    if (bearerToken != null && bearerToken.isBlank()) {
      throw new IllegalArgumentException("the bearer token must not be blank");
    }
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("the body limit must be positive: " + maxBodyBytes);
    }
  }

  /** No token, a 5 MB body limit, briefs built within each post. */
  public static ServerOptions defaults() {
    return new ServerOptions(null, DEFAULT_MAX_BODY_BYTES, false);
  }

  public ServerOptions withToken(String token) {
    return new ServerOptions(token, maxBodyBytes, deferBriefs);
  }

  public ServerOptions withMaxBodyBytes(long bytes) {
    return new ServerOptions(bearerToken, bytes, deferBriefs);
  }

  public ServerOptions withDeferredBriefs(boolean defer) {
    return new ServerOptions(bearerToken, maxBodyBytes, defer);
  }
}
