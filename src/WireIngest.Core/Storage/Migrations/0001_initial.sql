-- 0001: articles with their versions, the outbox that publishes them, the scan ledger and the quarantine.
-- Times are UTC ISO 8601 text with a fixed width ("yyyy-MM-ddTHH:mm:ss.fffffffZ"), so text order is time order.

CREATE TABLE articles (
    article_id               TEXT    NOT NULL PRIMARY KEY,
    uri                      TEXT    NOT NULL,
    agency                   TEXT,
    slug_key                 TEXT,
    current_version          INTEGER NOT NULL,
    content_hash             TEXT    NOT NULL,
    pub_status               TEXT    NOT NULL,
    first_created            TEXT    NOT NULL,
    provider_version_created TEXT,
    updated_at               TEXT    NOT NULL
);

-- Update linking looks up the latest article of an agency by base slug.
CREATE INDEX ix_articles_slug ON articles (agency, slug_key, updated_at);

-- Provider ids that name an article besides its own id (a linked UPDATE's own id).
CREATE TABLE article_aliases (
    alias      TEXT NOT NULL PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (article_id)
);

CREATE TABLE article_versions (
    article_id               TEXT    NOT NULL REFERENCES articles (article_id),
    version                  INTEGER NOT NULL,
    content_hash             TEXT    NOT NULL,
    provider_id              TEXT,
    provider_version         TEXT,
    provider_version_created TEXT,
    version_created          TEXT    NOT NULL,
    message_json             TEXT    NOT NULL,
    PRIMARY KEY (article_id, version)
);

-- Items older than the stored current version: recorded, never published.
CREATE TABLE stale_items (
    id                       INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id               TEXT NOT NULL REFERENCES articles (article_id),
    provider_id              TEXT,
    provider_version         TEXT,
    provider_version_created TEXT,
    content_hash             TEXT NOT NULL,
    seen_at                  TEXT NOT NULL
);

CREATE TABLE outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id   TEXT    NOT NULL UNIQUE,
    article_id   TEXT    NOT NULL REFERENCES articles (article_id),
    version      INTEGER NOT NULL,
    subject      TEXT    NOT NULL,
    body         BLOB    NOT NULL,
    created_at   TEXT    NOT NULL,
    available_at TEXT    NOT NULL,
    state        INTEGER NOT NULL DEFAULT 0,
    published_at TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT
);

-- The relay reads pending rows that are due, in order.
CREATE INDEX ix_outbox_pending ON outbox (state, available_at, seq);

CREATE TABLE documents (
    source      TEXT    NOT NULL,
    path        TEXT    NOT NULL,
    size        INTEGER NOT NULL,
    modified_at TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    last_seen   TEXT    NOT NULL,
    outcome     TEXT    NOT NULL,
    PRIMARY KEY (source, path)
);

CREATE TABLE quarantine (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    source       TEXT NOT NULL,
    origin_file  TEXT,
    origin_url   TEXT,
    error        TEXT NOT NULL,
    content      BLOB,
    content_type TEXT,
    created_at   TEXT NOT NULL,
    replayed_at  TEXT
);
