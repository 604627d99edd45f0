package org.leagueplan.system;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, forgets the event publications that completed more than a week ago (the
 * registry keeps completed ones, {@code spring.modulith.events.completion-mode=update},
 * so an operator can see what ran); incomplete ones stay until they are published again
 * and complete. Runs on one instance only (ShedLock).
 */
@Component
class EventPublicationCleanup {

	static final Duration KEEP = Duration.ofDays(7);

	private static final Logger log = LoggerFactory.getLogger(EventPublicationCleanup.class);

	private final CompletedEventPublications completed;

	EventPublicationCleanup(CompletedEventPublications completed) {
		this.completed = completed;
	}

	@Scheduled(cron = "${leagueplan.cleanup.cron:0 30 3 * * *}")
	@SchedulerLock(name = "event-publication-cleanup", lockAtMostFor = "PT10M")
	void purge() {
		this.completed.deletePublicationsOlderThan(KEEP);
		log.info("Removed the event publications completed more than {} days ago", KEEP.toDays());
	}

}
