-- HSQLDB only; stored in the database, so an existing one gets them too (URL properties are
-- read only when a database is created); such a database takes them the next time it is opened.
-- The nodes of the staging table's indexes live in its rows: every insert walks down its key
-- and its month index, and the reports read the posts a month at a time, all over the file.
-- 10 MB of cached rows (the default) made most of those steps read the file; 100,000 rows
-- (about 40 MB on disk) hold the upper levels of the indexes of a million posts.
SET FILES CACHE ROWS 100000;
SET FILES CACHE SIZE 100000;
-- A result of more rows than this (the posts of a report, a million of them) goes to a
-- temporary file rather than the heap: memory stays flat however many posts there are.
SET DATABASE DEFAULT RESULT MEMORY ROWS 20000;
-- The data file is read and written rather than mapped: mapped pages count in the resident
-- memory (905 MiB rather than 700 MiB at a million posts), for no measurable speed.
SET FILES NIO FALSE;
-- Strings compare as Java compares them, the shorter not padded with spaces: padding copied the
-- shorter of every two strings of different lengths compared (the aggregate's GROUP BY on
-- authors and themes: 2.7-2.8 s rather than 3.0-3.2 s at a million posts). Then too, two file
-- names that differ by a trailing space are two files, as they are on disk.
SET DATABASE COLLATION SQL_TEXT NO PAD;
-- No checkpoint of its own while a run writes: HSQLDB checkpoints when its log reaches 50 MB,
-- and a checkpoint holds every new statement until the open transactions end. One partition's
-- transaction then waits for Spring Batch's execution-context lock, held by another partition
-- whose statement waits for the checkpoint: a million-post run hung so, at 52 MB of log. The
-- log is written into the data file when the job closes the database (shutdown=true).
SET FILES LOG SIZE 0;
