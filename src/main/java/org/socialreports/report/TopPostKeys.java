package org.socialreports.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.socialreports.classify.Theme;

/**
 * The keys of each theme's best posts, gathered while every post goes by once: the order of
 * {@code ORDER BY score DESC, post_date DESC, post_key}, with only the best few kept per theme.
 * Asking the database for the first few of a sorted theme made it sort a million rows on disk.
 */
final class TopPostKeys {

	/** Best first: the highest score, then the latest date, then the key (unique). */
	static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score)
		.reversed()
		.thenComparing(Candidate::date, Comparator.reverseOrder())
		.thenComparing(Candidate::key);

	private final int perTheme;

	private final Map<Theme, PriorityQueue<Candidate>> kept = new EnumMap<>(Theme.class);

	TopPostKeys(int perTheme) {
		this.perTheme = perTheme;
		for (Theme theme : Theme.scored()) {
			// the worst kept post at the head, to be dropped when a better one comes
			this.kept.put(theme, new PriorityQueue<>(perTheme + 1, BEST_FIRST.reversed()));
		}
	}

	void offer(Theme theme, String key, double score, LocalDate date) {
		PriorityQueue<Candidate> queue = this.kept.get(theme);
		if (queue == null) {
			return; // unclassified posts have no top list
		}
		queue.add(new Candidate(key, score, date));
		if (queue.size() > this.perTheme) {
			queue.poll();
		}
	}

	/** Per scored theme, the keys of its best posts, best first. */
	Map<Theme, List<String>> keys() {
		Map<Theme, List<String>> keys = new EnumMap<>(Theme.class);
		this.kept.forEach((theme, queue) -> {
			List<Candidate> best = new ArrayList<>(queue);
			best.sort(BEST_FIRST);
			keys.put(theme, best.stream().map(Candidate::key).toList());
		});
		return keys;
	}

	record Candidate(String key, double score, LocalDate date) {
	}

}
