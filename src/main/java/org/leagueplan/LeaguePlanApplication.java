package org.leagueplan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * LeaguePlan: a district Youth League committee's annual work plan, its targets and their
 * progress.
 */
@SpringBootApplication
public class LeaguePlanApplication {

	public static void main(String[] args) {
		SpringApplication.run(LeaguePlanApplication.class, args);
	}

}
