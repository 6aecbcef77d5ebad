package org.socialreports.report;

import java.util.function.Consumer;

import org.socialreports.classify.ClassifiedPost;

/**
 * Every stored post, in report order (date, author, title), handed over one at a time so that a
 * writer never holds them all in memory.
 */
@FunctionalInterface
public interface PostRows {

	void forEach(Consumer<ClassifiedPost> action);

}
