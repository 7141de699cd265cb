package org.storyfuse.ingest.dedup;

import java.util.List;

/** LOCAL STUB (not committed): stands in for the ingestion branch's class so core compiles. */
public record DuplicateGroup(String representativeId, List<String> memberIds) {}
