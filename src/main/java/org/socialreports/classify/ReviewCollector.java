package org.socialreports.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.socialreports.ingest.Post;

/**
 * Gathers what the {@link TaxonomyReview} is made of while the posts are classified, on every
 * partition's thread: the words of a sample of each theme's posts (the first
 * {@link #SAMPLED_PER_THEME} of a run, analysed once more in their language, less the words of
 * the taxonomy), and the posts whose two best themes came closest. Only the sample is analysed
 * again, so it costs the same at a thousand posts or a million.
 * <p>
 * Each partition, as it ends, {@link #drain drains} what was gathered so far into the database
 * (see {@link TaxonomyReviewStore}): the partitions of a run may run in several processes, and
 * the review adds up what all of them saw.
 */
final class ReviewCollector {

	static final int SAMPLED_PER_THEME = TaxonomyReview.SAMPLED_PER_THEME;

	static final int CLOSE_CALLS = 30;

	/** Per theme and drain, the words of most posts that are kept, enough for the review's few. */
	static final int WORDS_KEPT_PER_DRAIN = 3_000;

	/** Longer is a joined address or a hash, not a word anyone would add to a taxonomy. */
	static final int MAX_WORD_LENGTH = 40;

	private final Map<TextLanguage, TextAnalyzer> analyzers = new EnumMap<>(TextLanguage.class);

	private final Map<TextLanguage, Set<String>> taxonomyWords = new EnumMap<>(TextLanguage.class);

	private final Map<Theme, AtomicInteger> sampled = new ConcurrentHashMap<>();

	private final Object lock = new Object();

	private long run = Long.MIN_VALUE;

	private Gathered gathered = new Gathered();

	// the least close of the calls kept, below which a post is not worth the lock
	private volatile double closenessToBeat;

	ReviewCollector(Taxonomy taxonomy) {
		for (TextLanguage language : TextLanguage.values()) {
			TextAnalyzer analyzer = new TextAnalyzer(language);
			this.analyzers.put(language, analyzer);
			Set<String> words = new HashSet<>();
			for (List<TaxonomyTerm> terms : taxonomy.terms().values()) {
				terms.forEach((term) -> words.addAll(analyzer.analyze(term.text())));
			}
			this.taxonomyWords.put(language, words);
		}
	}

	/** Starts gathering afresh when a partition of another run than the last starts. */
	void startRun(long run) {
		synchronized (this.lock) {
			if (run != this.run) {
				this.run = run;
				this.gathered = new Gathered();
				this.sampled.clear();
				this.closenessToBeat = 0;
			}
		}
	}

	/** Counts the post's words, if its theme's sample is not full, and keeps it if it was a close call. */
	void offer(Post post, Classification classification) {
		Theme theme = classification.theme();
		AtomicInteger count = this.sampled.computeIfAbsent(theme, (key) -> new AtomicInteger());
		if (count.get() < SAMPLED_PER_THEME && count.incrementAndGet() <= SAMPLED_PER_THEME) {
			Map<String, String> words = words(post);
			synchronized (this.lock) {
				this.gathered.sampled.merge(theme, 1, Integer::sum);
				Map<String, Count> counts = this.gathered.postsWithWord.computeIfAbsent(theme, (key) -> new HashMap<>());
				words.forEach((analysed, written) -> counts.computeIfAbsent(analysed, (key) -> new Count(written)).posts++);
			}
		}
		if (!theme.isUnclassified()) {
			offerCloseCall(post, classification);
		}
	}

	/** The post's analysed words, each with the first way the post writes it. */
	private Map<String, String> words(Post post) {
		TextLanguage language = LanguageGuess.of(post.origin().language(), post.title(), post.body());
		TextAnalyzer analyzer = this.analyzers.get(language);
		Set<String> taxonomy = this.taxonomyWords.get(language);
		Map<String, String> words = new HashMap<>();
		BiConsumer<String, String> keep = (analysed, written) -> {
			if (analysed.length() >= 3 && written.length() <= MAX_WORD_LENGTH && !taxonomy.contains(analysed)
					&& isWord(written)) {
				words.putIfAbsent(analysed, written);
			}
		};
		analyzer.forEachWord(post.title(), keep);
		analyzer.forEachWord(post.body(), keep);
		return words;
	}

	/** Letters (and digits, as in "mp3"), with apostrophes and hyphens: not a number, an address or a file name. */
	private static boolean isWord(String written) {
		return written.chars().anyMatch(Character::isLetter) && written.chars()
			.allMatch((c) -> Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-');
	}

	private void offerCloseCall(Post post, Classification classification) {
		Theme second = null;
		double secondScore = 0;
		for (Map.Entry<Theme, Double> score : classification.scores().entrySet()) {
			if (!score.getKey().equals(classification.theme()) && score.getValue() > secondScore) {
				second = score.getKey();
				secondScore = score.getValue();
			}
		}
		if (second == null || classification.score() <= 0) {
			return;
		}
		double closeness = secondScore / classification.score();
		if (closeness <= this.closenessToBeat) {
			return;
		}
		TaxonomyReview.CloseCall call = new TaxonomyReview.CloseCall(post.source(), post.entry(), post.title(),
				classification.theme(), classification.score(), second, secondScore);
		synchronized (this.lock) {
			PriorityQueue<TaxonomyReview.CloseCall> calls = this.gathered.closeCalls;
			calls.add(call);
			if (calls.size() > CLOSE_CALLS) {
				calls.poll();
				this.closenessToBeat = calls.peek().closeness();
			}
		}
	}

	/** What was gathered since the last drain, which the collector forgets. */
	Drained drain() {
		Gathered drained;
		synchronized (this.lock) {
			drained = this.gathered;
			this.gathered = new Gathered();
		}
		Map<Theme, List<TaxonomyReview.Word>> words = new HashMap<>();
		drained.postsWithWord.forEach((theme, counts) -> {
			List<TaxonomyReview.Word> kept = new ArrayList<>();
			counts.forEach((analysed, count) -> kept
				.add(new TaxonomyReview.Word(theme, analysed, count.written, count.posts, 0, 0)));
			kept.sort(Comparator.comparingInt(TaxonomyReview.Word::posts)
				.reversed()
				.thenComparing(TaxonomyReview.Word::analysed));
			words.put(theme, List.copyOf(kept.subList(0, Math.min(WORDS_KEPT_PER_DRAIN, kept.size()))));
		});
		return new Drained(drained.sampled, words, List.copyOf(drained.closeCalls));
	}

	/**
	 * What a drain hands over to be stored.
	 *
	 * @param sampled per theme, how many of its posts had their words counted
	 * @param words per theme, its words with the number of sampled posts that have them
	 * @param closeCalls the closest calls seen, in no order
	 */
	record Drained(Map<Theme, Integer> sampled, Map<Theme, List<TaxonomyReview.Word>> words,
			List<TaxonomyReview.CloseCall> closeCalls) {

		Drained {
			sampled = Map.copyOf(sampled);
			words = Map.copyOf(words);
			closeCalls = List.copyOf(closeCalls);
		}

		boolean isEmpty() {
			return this.sampled.isEmpty() && this.closeCalls.isEmpty();
		}

	}

	/** How many posts have a word, and how the first of them wrote it. */
	private static final class Count {

		private final String written;

		private int posts;

		private Count(String written) {
			this.written = written;
		}

	}

	private static final class Gathered {

		private final Map<Theme, Integer> sampled = new HashMap<>();

		private final Map<Theme, Map<String, Count>> postsWithWord = new HashMap<>();

		// the least close at the head, to be dropped for a closer one
		private final PriorityQueue<TaxonomyReview.CloseCall> closeCalls = new PriorityQueue<>(
				Comparator.comparingDouble(TaxonomyReview.CloseCall::closeness));

	}

}
