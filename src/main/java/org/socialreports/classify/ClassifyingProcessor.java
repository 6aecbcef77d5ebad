package org.socialreports.classify;

import org.socialreports.ingest.Post;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Gives each post its theme, shows it to the taxonomy review while its text is at hand, and
 * lets go of its body.
 */
class ClassifyingProcessor implements ItemProcessor<Post, ClassifiedPost> {

	private final ThemeClassifier classifier;

	private final ReviewCollector review;

	ClassifyingProcessor(ThemeClassifier classifier, ReviewCollector review) {
		this.classifier = classifier;
		this.review = review;
	}

	@Override
	public ClassifiedPost process(Post post) {
		Classification classification = this.classifier.classify(post);
		this.review.offer(post, classification);
		return ClassifiedPost.of(post, classification);
	}

}
