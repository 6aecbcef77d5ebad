-- The figures of each input folder's report.
CREATE TABLE IF NOT EXISTS author_month_theme (
	folder INTEGER NOT NULL,
	author VARCHAR(512) NOT NULL,
	post_month CHAR(7) NOT NULL,
	theme VARCHAR(64) NOT NULL,
	posts BIGINT NOT NULL,
	words BIGINT NOT NULL,
	PRIMARY KEY (folder, author, post_month, theme)
);
