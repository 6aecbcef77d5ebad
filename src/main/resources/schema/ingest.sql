CREATE TABLE IF NOT EXISTS rejected_entry (
	source VARCHAR(1024) NOT NULL,
	line BIGINT NOT NULL,
	reason VARCHAR(1000) NOT NULL,
	PRIMARY KEY (source, line, reason)
);
