/**
 * The HTTP load benchmark: {@link org.storyfuse.web.bench.ServerLoadBenchmark} serves a store with
 * storyfuse-web's {@code StoryfuseServer} on loopback and measures requests/s and latency with a
 * closed loop of client threads. It kept its package name when it moved here from storyfuse-web.
 *
 * <p>May import: the JDK, storyfuse-web's public API, storyfuse-core's packages and
 * {@link org.storyfuse.bench} (for its generated articles). Must not import storyfuse-cli. Never
 * imported by production code.
 */
package org.storyfuse.web.bench;
