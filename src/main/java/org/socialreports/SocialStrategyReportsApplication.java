package org.socialreports;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SocialStrategyReportsApplication {
}
