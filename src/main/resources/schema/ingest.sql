CREATE TABLE IF NOT EXISTS rejected_entry (
	source VARCHAR(1024) NOT NULL,
	line BIGINT NOT NULL,
	reason VARCHAR(1000) NOT NULL,
	PRIMARY KEY (source, line, reason)
);

-- The input files already read: a nightly run reads only those that are new or changed.
CREATE TABLE IF NOT EXISTS source_file (
	source VARCHAR(1024) NOT NULL PRIMARY KEY,
	size BIGINT NOT NULL,
	modified BIGINT NOT NULL,
	sha256 CHAR(64) NOT NULL
);
