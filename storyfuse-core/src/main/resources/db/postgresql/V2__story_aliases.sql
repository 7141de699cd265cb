-- When stories merge, the absorbed story's id keeps answering: it becomes an alias of the story
-- that took its articles. An alias is removed again if a story of that id reappears (a split).
CREATE TABLE story_aliases (
  alias    TEXT PRIMARY KEY,
  story_id TEXT NOT NULL REFERENCES stories(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX story_aliases_by_story ON story_aliases(story_id);
