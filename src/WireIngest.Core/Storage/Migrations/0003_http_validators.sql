-- 0003: the HTTP source's conditional-GET validators (ETag, Last-Modified) per source and URL, so a restart still sends
-- If-None-Match / If-Modified-Since. An index's row is written only once all its items are committed, so a crash in between
-- makes the next poll read the index in full again.

CREATE TABLE http_validators (
    source        TEXT NOT NULL,
    url           TEXT NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (source, url)
);
