package org.leagueplan.supervision;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.leagueplan.system.CommitteeTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning (and every hour after, so a day missed while the application was down is
 * caught up the same day) sends the committee day's reminders; on one instance at a time
 * (ShedLock), and a second run sends nothing twice (the notices' keys).
 */
@Component
class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final Reminders reminders;

	private final CommitteeTime time;

	ReminderJob(Reminders reminders, CommitteeTime time) {
		this.reminders = reminders;
		this.time = time;
	}

	@Scheduled(cron = "${leagueplan.reminders.cron:0 0 8-20 * * *}", zone = "${leagueplan.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "report-reminders", lockAtMostFor = "PT30M")
	void run() {
		int posted = this.reminders.remindOn(this.time.today());
		log.info("Posted {} reminders", posted);
	}

}
