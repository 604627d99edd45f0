package org.leagueplan.supervision;

import org.leagueplan.system.LocalizedException;

/** A bulletin of this plan and period was issued before: it goes out once. */
class AlreadyIssued extends LocalizedException {

	private final long bulletinId;

	AlreadyIssued(long bulletinId, String period) {
		super("bulletin.alreadyIssued", period);
		this.bulletinId = bulletinId;
	}

	long bulletinId() {
		return this.bulletinId;
	}

}
