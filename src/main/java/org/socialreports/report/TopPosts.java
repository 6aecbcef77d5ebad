package org.socialreports.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;
import org.socialreports.classify.Themes;

/**
 * Each theme's best posts, gathered while every post goes by once: the order of
 * {@code ORDER BY score DESC, post_date DESC, source, entry}, with only the best few kept per
 * theme. Asking the database for the first few of a sorted theme made it sort a million rows
 * on disk.
 */
final class TopPosts {

	/** Best first: the highest score, then the latest date, then the place in the archive (unique). */
	static final Comparator<ClassifiedPost> BEST_FIRST = Comparator
		.comparingDouble((ClassifiedPost post) -> post.classification().score())
		.reversed()
		.thenComparing(ClassifiedPost::date, Comparator.reverseOrder())
		.thenComparing(ClassifiedPost::source)
		.thenComparingLong(ClassifiedPost::entry);

	private final int perTheme;

	private final Map<Theme, PriorityQueue<ClassifiedPost>> kept = new LinkedHashMap<>();

	TopPosts(int perTheme, Themes themes) {
		this.perTheme = perTheme;
		for (Theme theme : themes.scored()) {
			// the worst kept post at the head, to be dropped when a better one comes
			this.kept.put(theme, new PriorityQueue<>(perTheme + 1, BEST_FIRST.reversed()));
		}
	}

	void offer(ClassifiedPost post) {
		PriorityQueue<ClassifiedPost> queue = this.kept.get(post.classification().theme());
		if (queue == null) {
			return; // unclassified posts have no top list
		}
		queue.add(post);
		if (queue.size() > this.perTheme) {
			queue.poll();
		}
	}

	/** Per scored theme, its best posts, best first. */
	Map<Theme, List<ClassifiedPost>> best() {
		Map<Theme, List<ClassifiedPost>> best = new LinkedHashMap<>();
		this.kept.forEach((theme, queue) -> {
			List<ClassifiedPost> posts = new ArrayList<>(queue);
			posts.sort(BEST_FIRST);
			best.put(theme, List.copyOf(posts));
		});
		return best;
	}

}
