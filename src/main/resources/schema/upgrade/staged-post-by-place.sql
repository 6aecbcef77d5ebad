-- Databases made before posts were keyed by their place in the file (source, line) held them
-- under a hash of their fields. The staged posts are dropped and every file is forgotten, so
-- that the next run reads every file again into the new table.
DROP TABLE staged_post;
DELETE FROM rejected_entry;
DELETE FROM source_file;
