package org.socialreports;

import org.socialreports.job.ReportCommand;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SocialStrategyReportsApplication {

	public static void main(String[] args) {
		System.exit(ReportCommand.execute(args, SocialStrategyReportsApplication.class, System.out, System.err));
	}

}
