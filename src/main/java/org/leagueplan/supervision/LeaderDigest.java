package org.leagueplan.supervision;

import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.leagueplan.account.Role;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.account.UserSummary;
import org.leagueplan.system.CommitteeTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each leader's weekly digest (每周摘要): from Monday 08:00 in the committee's zone, one
 * {@code DIGEST} notice per leader and week — how many of the followed units' items are
 * red and how many overdue. The job runs every hour, so a server that was down on Monday
 * morning sends the week's digest when it is back; the key (week and reader) keeps it to
 * one, however many runs and instances.
 */
@Component
class LeaderDigest {

	private static final Logger log = LoggerFactory.getLogger(LeaderDigest.class);

	/** The digest of a week goes out from this hour of its Monday on. */
	private static final int SEND_HOUR = 8;

	private final LeaderWatch watch;

	private final UserDirectory users;

	private final Inbox inbox;

	private final CommitteeTime time;

	private final MessageSource messages;

	LeaderDigest(LeaderWatch watch, UserDirectory users, Inbox inbox, CommitteeTime time, MessageSource messages) {
		this.watch = watch;
		this.users = users;
		this.inbox = inbox;
		this.time = time;
		this.messages = messages;
	}

	@Scheduled(cron = "${leagueplan.digest.cron:0 7 * * * *}")
	@SchedulerLock(name = "leader-digest")
	void sendThisWeeksDigests() {
		int sent = send();
		if (sent > 0) {
			log.info("Sent {} leaders' weekly digests", sent);
		}
	}

	/** Sends this week's digest to every leader who has none yet; how many were sent. */
	int send() {
		String week = weekKey(this.time.local(this.time.now()).toLocalDateTime());
		Map<Long, Set<Long>> unitsOf = this.users.unitIdsByUser();
		int sent = 0;
		for (UserSummary leader : this.users.enabledWithRole(Role.LEADER)) {
			var attention = this.watch.attention(unitsOf.getOrDefault(leader.id(), Set.of()));
			if (attention.isEmpty()) {
				continue;
			}
			String note = this.messages.getMessage("digest.note",
					new Object[] { attention.get().red(), attention.get().overdue() }, Locale.SIMPLIFIED_CHINESE);
			boolean posted = this.inbox.post(new Notice(leader.id(), NoticeKind.DIGEST, attention.get().plan().id(),
					null, attention.get().plan().title(), note, "digest:" + week + ":user:" + leader.id()));
			sent += posted ? 1 : 0;
		}
		return sent;
	}

	/**
	 * The ISO week whose digest is due at this local time: a week's digest is due from
	 * its Monday at {@value #SEND_HOUR}:00, so earlier on a Monday the week before is
	 * meant.
	 */
	static String weekKey(LocalDateTime local) {
		LocalDateTime shifted = local.minusHours(SEND_HOUR);
		return shifted.get(IsoFields.WEEK_BASED_YEAR) + "-W" + shifted.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

}
