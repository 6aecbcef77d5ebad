package org.socialreports.ingest;

/**
 * Input that could not become a post: kept, with where it was and why, so that nothing is
 * silently dropped.
 */
public record Reject(String source, long line, String reason) implements ArchiveEntry {
}
