-- A post is its place in its input folder: its file, and its entry's number in the file (the
-- line is where a person finds it, but one line may hold many posts). The file's posts are
-- forgotten before it is read again, so a post is inserted once; a second insert of the same
-- place fails the chunk rather than counting the post twice. The key also finds a file's posts
-- when it changes. Within a file it grows as the file is read, so every insert lands at the
-- right edge of the index, where its pages already are in the cache.
CREATE TABLE IF NOT EXISTS staged_post (
	folder INTEGER NOT NULL,
	source VARCHAR(1024) NOT NULL,
	entry BIGINT NOT NULL,
	line BIGINT NOT NULL,
	title VARCHAR(4000) NOT NULL,
	author VARCHAR(512) NOT NULL,
	post_date DATE NOT NULL,
	post_month CHAR(7) NOT NULL,
	theme VARCHAR(64) NOT NULL,
	-- the classifier's theme of a post whose theme a person set (jobs/overrides.csv), else NULL
	classified_theme VARCHAR(64),
	score DOUBLE PRECISION NOT NULL,
	-- every theme's score in one column, whatever the number of themes: see StoredScores
	scores VARCHAR(2000) NOT NULL,
	matched_terms VARCHAR(4000) NOT NULL,
	categories VARCHAR(4000) NOT NULL,
	words INTEGER NOT NULL,
	-- where it comes from: network, kind, address, declared language; what it drew (NULL: not counted)
	network VARCHAR(16) NOT NULL,
	kind VARCHAR(8) NOT NULL,
	url VARCHAR(2048),
	language VARCHAR(16),
	likes BIGINT,
	reposts BIGINT,
	replies BIGINT,
	PRIMARY KEY (folder, source, entry)
);

-- The reports read the posts of their folder a month at a time: each month is sorted on its
-- own, in memory, rather than a million posts on disk.
CREATE INDEX IF NOT EXISTS staged_post_month ON staged_post (folder, post_month);

-- The taxonomies that classified the stored posts of each folder (the SHA-256 of the file), so
-- that a run can warn when it classifies with another: the stored posts keep the themes an
-- earlier one gave them. Emptied when no post of the folder is stored, as after the planning of
-- a full rebuild.
CREATE TABLE IF NOT EXISTS classifying_taxonomy (
	folder INTEGER NOT NULL,
	fingerprint CHAR(64) NOT NULL,
	PRIMARY KEY (folder, fingerprint)
);

-- The themes people set by hand (jobs/overrides.csv) as the last run applied them, so that a
-- line taken out of the file gives its post back the classifier's theme.
CREATE TABLE IF NOT EXISTS theme_override (
	folder INTEGER NOT NULL,
	source VARCHAR(1024) NOT NULL,
	entry BIGINT NOT NULL,
	theme VARCHAR(64) NOT NULL,
	PRIMARY KEY (folder, source, entry)
);

-- What the workbook's Taxonomy review shows, as the partitions of the last run that read posts
-- drained it (see ReviewCollector): several drains add up, as their partitions may have run in
-- several processes. A run that reads posts replaces the review of the run before.
CREATE TABLE IF NOT EXISTS review_sample (
	folder INTEGER NOT NULL,
	run BIGINT NOT NULL,
	drain BIGINT NOT NULL,
	run_day DATE NOT NULL,
	theme VARCHAR(64) NOT NULL,
	posts INTEGER NOT NULL,
	PRIMARY KEY (folder, run, drain, theme)
);

CREATE TABLE IF NOT EXISTS review_word (
	folder INTEGER NOT NULL,
	run BIGINT NOT NULL,
	drain BIGINT NOT NULL,
	theme VARCHAR(64) NOT NULL,
	analysed VARCHAR(160) NOT NULL,
	written VARCHAR(160) NOT NULL,
	posts INTEGER NOT NULL,
	PRIMARY KEY (folder, run, drain, theme, analysed)
);

CREATE TABLE IF NOT EXISTS review_close_call (
	folder INTEGER NOT NULL,
	run BIGINT NOT NULL,
	drain BIGINT NOT NULL,
	source VARCHAR(1024) NOT NULL,
	entry BIGINT NOT NULL,
	title VARCHAR(4000) NOT NULL,
	theme VARCHAR(64) NOT NULL,
	score DOUBLE PRECISION NOT NULL,
	second_theme VARCHAR(64) NOT NULL,
	second_score DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (folder, run, drain, source, entry)
);
