/**
 * Exact and near-duplicate detection for syndicated copies of one story:
 * {@link org.storyfuse.ingest.dedup.NearDuplicateDetector#group} puts every article into exactly
 * one {@link org.storyfuse.ingest.dedup.DuplicateGroup}.
 */
package org.storyfuse.ingest.dedup;
