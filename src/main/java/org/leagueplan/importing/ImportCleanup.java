package org.leagueplan.importing;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, removes imports nobody has touched for a week (their documents included);
 * the plans saved from them stay. Runs on one instance only (ShedLock).
 */
@Component
class ImportCleanup {

	static final Duration KEEP = Duration.ofDays(7);

	private static final Logger log = LoggerFactory.getLogger(ImportCleanup.class);

	private final PlanImportRepository imports;

	private final Clock clock;

	ImportCleanup(PlanImportRepository imports, Clock clock) {
		this.imports = imports;
		this.clock = clock;
	}

	@Scheduled(cron = "${leagueplan.cleanup.cron:0 30 3 * * *}")
	@SchedulerLock(name = "import-cleanup", lockAtMostFor = "PT10M")
	void purge() {
		int purged = this.imports.deleteOlderThan(this.clock.instant().minus(KEEP), PlanImport.State.SAVING);
		log.info("Removed {} imports untouched for {} days", purged, KEEP.toDays());
	}

}
