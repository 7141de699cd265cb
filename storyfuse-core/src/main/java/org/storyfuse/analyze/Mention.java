package org.storyfuse.analyze;

/**
 * A resolved entity mention over token indices, as the rules use it (see {@link EntityMention} for
 * the public form).
 */
record Mention(int start, int end, EntityKind kind, String nerTag, String text, String name, String key,
               RoleFinder.Role role) {}
