-- Storyfuse store on PostgreSQL, first schema: the tables of the SQLite store (db/storyfuse), with
-- PostgreSQL types, foreign keys checked at commit (a copy's original may arrive later in the same
-- batch) and full text in generated tsvector columns. Times are epoch milliseconds (UTC).

CREATE TABLE batches (
  id          BIGSERIAL PRIMARY KEY,
  ingested_at BIGINT NOT NULL
);

CREATE TABLE stories (
  id          TEXT PRIMARY KEY,
  created_seq BIGINT NOT NULL,            -- seq of the article that founded it: older stories win merges
  updated_at  BIGINT NOT NULL             -- when it last gained (or lost) an article
);

CREATE TABLE articles (
  seq           BIGINT PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  content_hash  TEXT NOT NULL,
  url           TEXT NOT NULL,            -- '' when the article has none, so the pair below is unique
  batch_id      BIGINT NOT NULL REFERENCES batches(id) DEFERRABLE INITIALLY DEFERRED,
  story_id      TEXT NOT NULL REFERENCES stories(id) DEFERRABLE INITIALLY DEFERRED,
  duplicate_of  TEXT REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED,
  title         TEXT,
  published     TEXT,
  ingested_at   BIGINT NOT NULL,
  article_json  TEXT NOT NULL,
  analysis_json TEXT,
  UNIQUE (content_hash, url)
);
CREATE INDEX articles_by_story ON articles(story_id, seq);

CREATE TABLE briefs (
  story_id        TEXT PRIMARY KEY REFERENCES stories(id) DEFERRABLE INITIALLY DEFERRED,
  version         INTEGER NOT NULL,
  built_at        BIGINT NOT NULL,
  headline        TEXT,
  articles        INTEGER NOT NULL,
  sources         INTEGER NOT NULL,
  first_published TEXT,
  last_published  TEXT,
  brief_json      TEXT NOT NULL
);

-- Full text: the 'simple' configuration (lower-cased words, no stemming, no stop words), as
-- SQLite's FTS5 tokenizer; titles and headlines weigh more than bodies. Only the first 500,000
-- characters of a body are indexed (a tsvector holds at most 1 MB).
CREATE TABLE article_text (
  article_id TEXT PRIMARY KEY,
  title      TEXT NOT NULL,
  body       TEXT NOT NULL,
  document   tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', left(body, 500000)), 'B')
  ) STORED
);
CREATE INDEX article_text_document ON article_text USING GIN (document);

CREATE TABLE brief_text (
  story_id TEXT PRIMARY KEY,
  headline TEXT NOT NULL,
  body     TEXT NOT NULL,
  document tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', headline), 'A') || setweight(to_tsvector('simple', left(body, 500000)), 'B')
  ) STORED
);
CREATE INDEX brief_text_document ON brief_text USING GIN (document);
