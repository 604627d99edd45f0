package org.leagueplan.plan;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, forgets the one-time tokens of create forms older than 30 days (a double
 * submit comes within seconds). Runs on one instance only (ShedLock).
 */
@Component
class FormSubmissionCleanup {

	static final Duration KEEP = Duration.ofDays(30);

	private static final Logger log = LoggerFactory.getLogger(FormSubmissionCleanup.class);

	private final FormSubmissionRepository submissions;

	private final Clock clock;

	FormSubmissionCleanup(FormSubmissionRepository submissions, Clock clock) {
		this.submissions = submissions;
		this.clock = clock;
	}

	@Scheduled(cron = "${leagueplan.cleanup.cron:0 30 3 * * *}")
	@SchedulerLock(name = "form-submission-cleanup", lockAtMostFor = "PT10M")
	@Transactional
	public void purge() {
		int purged = this.submissions.deleteBySubmittedAtBefore(this.clock.instant().minus(KEEP));
		log.info("Forgot {} form tokens older than {} days", purged, KEEP.toDays());
	}

}
