package org.socialreports;

import org.socialreports.job.TrainingRun;

/**
 * The entry point that trains the class data sharing archive (jobs/app.sh, app_train). It is not
 * an option of the job: nothing an operator passes to the job, on its command line or in
 * {@code JAVA_OPTS}, can turn a night's run into a training run, or a training run into one on
 * the operator's files; only naming this class does, as app_train does.
 */
public final class ClassArchiveTraining {

	private ClassArchiveTraining() {
	}

	public static void main(String[] args) {
		System.exit(TrainingRun.execute(SocialStrategyReportsApplication.class, System.out, System.err));
	}

}
