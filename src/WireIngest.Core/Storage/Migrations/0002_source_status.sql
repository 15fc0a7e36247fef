-- 0002: what each source did, kept across runs for `wireingest status`: the last poll and success, counts since the store
-- was created, and the last error with its time (kept after a success, so the operator sees what failed and that it recovered).

CREATE TABLE source_status (
    source          TEXT    NOT NULL PRIMARY KEY,
    last_poll_at    TEXT    NOT NULL,
    last_success_at TEXT,
    seen            INTEGER NOT NULL DEFAULT 0,
    new_articles    INTEGER NOT NULL DEFAULT 0,
    updated         INTEGER NOT NULL DEFAULT 0,
    duplicate       INTEGER NOT NULL DEFAULT 0,
    stale           INTEGER NOT NULL DEFAULT 0,
    failed          INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    last_error_at   TEXT
);
