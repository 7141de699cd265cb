-- Where each article was read from: a file (an opaque key derived from its path), or 'none' for an
-- article that came from no file (posted over HTTP, handed over by a program). When a file changes,
-- the articles it no longer holds are removed unless another source still holds them, so a changed
-- file replaces its earlier version instead of adding a source.
CREATE TABLE article_sources (
  source_key TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id),
  PRIMARY KEY (source_key, article_id)
);
CREATE INDEX article_sources_by_article ON article_sources(article_id);

-- Articles stored before this version: posted ones have no file; the file of the others is not
-- known ('legacy') until it is read again.
INSERT INTO article_sources (source_key, article_id)
  SELECT CASE WHEN json_extract(article_json, '$.origin') LIKE 'posted:%' THEN 'none' ELSE 'legacy' END, id
  FROM articles;
