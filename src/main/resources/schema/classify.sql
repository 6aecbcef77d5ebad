CREATE TABLE IF NOT EXISTS staged_post (
	post_key CHAR(64) NOT NULL PRIMARY KEY,
	source VARCHAR(1024) NOT NULL,
	line BIGINT NOT NULL,
	title VARCHAR(4000) NOT NULL,
	author VARCHAR(512) NOT NULL,
	post_date DATE NOT NULL,
	post_month CHAR(7) NOT NULL,
	theme VARCHAR(32) NOT NULL,
	score DOUBLE PRECISION NOT NULL,
	score_twitter_usage DOUBLE PRECISION NOT NULL,
	score_social_network_security DOUBLE PRECISION NOT NULL,
	score_corporate_blogging DOUBLE PRECISION NOT NULL,
	score_crisis_communication DOUBLE PRECISION NOT NULL,
	matched_terms VARCHAR(4000) NOT NULL,
	categories VARCHAR(4000) NOT NULL,
	words INTEGER NOT NULL
);

-- A changed input file replaces its posts: they are found by source.
CREATE INDEX IF NOT EXISTS staged_post_source ON staged_post (source);

-- The reports read the posts a month at a time: each month is sorted on its own, in memory,
-- rather than a million posts on disk.
CREATE INDEX IF NOT EXISTS staged_post_month ON staged_post (post_month);
