package org.socialreports.classify;

import org.socialreports.ingest.Post;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Gives each post its theme, and lets go of its body.
 */
class ClassifyingProcessor implements ItemProcessor<Post, ClassifiedPost> {

	private final ThemeClassifier classifier;

	ClassifyingProcessor(ThemeClassifier classifier) {
		this.classifier = classifier;
	}

	@Override
	public ClassifiedPost process(Post post) {
		return ClassifiedPost.of(post, this.classifier.classify(post.title(), post.body()));
	}

}
