package org.leagueplan.supervision;

import java.time.format.DateTimeFormatter;

import org.leagueplan.system.CommitteeTime;

/** How the inbox writes when a notice came: the committee's local date and time. */
final class InboxTexts {

	private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private InboxTexts() {
	}

	static String received(CommitteeTime time, InboxEntry entry) {
		return RECEIVED.format(time.local(entry.getCreatedAt()));
	}

}
