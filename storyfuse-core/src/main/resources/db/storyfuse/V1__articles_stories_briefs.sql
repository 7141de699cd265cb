-- Storyfuse store, first schema. Times are epoch milliseconds (UTC) so they sort as numbers.

CREATE TABLE batches (
  id          INTEGER PRIMARY KEY,
  ingested_at INTEGER NOT NULL
);

CREATE TABLE stories (
  id          TEXT PRIMARY KEY,
  created_seq INTEGER NOT NULL,           -- seq of the article that founded it: older stories win merges
  updated_at  INTEGER NOT NULL            -- when it last gained (or lost) an article
);

-- seq is the ingest order, which is also the order the clusterer saw the articles in: replaying
-- by seq rebuilds its state exactly.
CREATE TABLE articles (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  content_hash  TEXT NOT NULL,
  url           TEXT NOT NULL,            -- '' when the article has none, so the pair below is unique
  batch_id      INTEGER NOT NULL REFERENCES batches(id),
  story_id      TEXT NOT NULL REFERENCES stories(id),
  duplicate_of  TEXT REFERENCES articles(id),
  title         TEXT,
  published     TEXT,
  ingested_at   INTEGER NOT NULL,
  article_json  TEXT NOT NULL,
  analysis_json TEXT,
  UNIQUE (content_hash, url)
);
CREATE INDEX articles_by_story ON articles(story_id, seq);

-- version counts recomputations: a brief is rebuilt only when its story changed.
CREATE TABLE briefs (
  story_id        TEXT PRIMARY KEY REFERENCES stories(id),
  version         INTEGER NOT NULL,
  built_at        INTEGER NOT NULL,
  headline        TEXT,
  articles        INTEGER NOT NULL,
  sources         INTEGER NOT NULL,
  first_published TEXT,
  last_published  TEXT,
  brief_json      TEXT NOT NULL
);

CREATE VIRTUAL TABLE article_text USING fts5(article_id UNINDEXED, title, body);
CREATE VIRTUAL TABLE brief_text USING fts5(story_id UNINDEXED, headline, body);
