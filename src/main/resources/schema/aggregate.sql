CREATE TABLE IF NOT EXISTS author_month_theme (
	author VARCHAR(512) NOT NULL,
	post_month CHAR(7) NOT NULL,
	theme VARCHAR(32) NOT NULL,
	posts BIGINT NOT NULL,
	words BIGINT NOT NULL,
	PRIMARY KEY (author, post_month, theme)
);
