package org.leagueplan.supervision;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, submits again the deliveries of inbox entries that failed (or never
 * finished) more than a minute ago: each channel's publication of {@link NoticePosted}
 * stays incomplete until that channel delivered. Runs on one instance at a time
 * (ShedLock).
 */
@Component
class DeliveryRetry {

	static final Duration AFTER = Duration.ofMinutes(1);

	private final IncompleteEventPublications incomplete;

	private final Clock clock;

	DeliveryRetry(IncompleteEventPublications incomplete, Clock clock) {
		this.incomplete = incomplete;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${leagueplan.delivery.retry-interval:PT1M}",
			initialDelayString = "${leagueplan.delivery.retry-interval:PT1M}")
	@SchedulerLock(name = "notice-delivery-retry", lockAtMostFor = "PT5M")
	void resubmit() {
		java.time.Instant before = this.clock.instant().minus(AFTER);
		this.incomplete.resubmitIncompletePublications(
				(EventPublication publication) -> publication.getEvent() instanceof NoticePosted
						&& publication.getPublicationDate().isBefore(before));
	}

}
