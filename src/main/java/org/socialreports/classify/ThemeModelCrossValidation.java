package org.socialreports.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a model trained on some labelled posts classifies others: k-fold cross-validation,
 * grouped by source, so that the posts of one blog are never trained on and tested at once
 * (a blog's own words and habits would flatter the figures). Each held-out post is classified
 * as the job classifies it, model and rules together.
 */
public final class ThemeModelCrossValidation {

	private ThemeModelCrossValidation() {
	}

	/**
	 * The held-out classification of every post, each by the model of the folds without it.
	 * @param folds how many groups of sources
	 */
	public static ThemeEvaluation of(ThemeModelTrainer trainer, List<ThemeModelTrainer.Example> examples, int folds) {
		Map<LabelledPost, Classification> heldOut = new IdentityHashMap<>();
		for (List<ThemeModelTrainer.Example> fold : folds(examples, folds)) {
			Set<ThemeModelTrainer.Example> tested = Collections.newSetFromMap(new IdentityHashMap<>());
			tested.addAll(fold);
			List<ThemeModelTrainer.Example> training = examples.stream().filter((example) -> !tested.contains(example))
				.toList();
			try (ThemeClassifier classifier = new ThemeClassifier(trainer.taxonomy(), trainer.train(training))) {
				for (ThemeModelTrainer.Example example : fold) {
					LabelledPost post = example.post();
					heldOut.put(post, classifier.classify(post.title(), post.text(), post.language()));
				}
			}
		}
		List<LabelledPost> posts = examples.stream().map(ThemeModelTrainer.Example::post).toList();
		return ThemeEvaluation.of(trainer.taxonomy().themes(), posts, heldOut::get);
	}

	/**
	 * The examples in folds of whole sources, about equal in size: the largest source first, each
	 * to the smallest fold so far (the first of equal ones). Deterministic, so the figures are too.
	 */
	static List<List<ThemeModelTrainer.Example>> folds(List<ThemeModelTrainer.Example> examples, int folds) {
		Map<String, List<ThemeModelTrainer.Example>> bySource = new LinkedHashMap<>();
		examples.forEach((example) -> bySource.computeIfAbsent(sourceOf(example.post()), (key) -> new ArrayList<>())
			.add(example));
		List<String> sources = new ArrayList<>(bySource.keySet());
		sources.sort(Comparator.comparingInt((String source) -> -bySource.get(source).size())
			.thenComparing(Comparator.naturalOrder()));
		List<List<ThemeModelTrainer.Example>> groups = new ArrayList<>();
		for (int f = 0; f < folds; f++) {
			groups.add(new ArrayList<>());
		}
		for (String source : sources) {
			List<ThemeModelTrainer.Example> smallest = groups.get(0);
			for (List<ThemeModelTrainer.Example> group : groups) {
				if (group.size() < smallest.size()) {
					smallest = group;
				}
			}
			smallest.addAll(bySource.get(source));
		}
		groups.removeIf(List::isEmpty);
		return groups;
	}

	/** The repository of a source such as {@code github:owner/blog@commit:path}: its posts are one group. */
	static String sourceOf(LabelledPost post) {
		String source = post.source();
		int commit = source.indexOf('@');
		return (commit >= 0) ? source.substring(0, commit) : source;
	}

}
