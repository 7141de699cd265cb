-- Where each article was read from: a file (an opaque key derived from its path), or 'none' for an
-- article that came from no file (posted over HTTP, handed over by a program). See the SQLite V3.
CREATE TABLE article_sources (
  source_key TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (source_key, article_id)
);
CREATE INDEX article_sources_by_article ON article_sources(article_id);

INSERT INTO article_sources (source_key, article_id)
  SELECT CASE WHEN (article_json::json ->> 'origin') LIKE 'posted:%' THEN 'none' ELSE 'legacy' END, id
  FROM articles;
