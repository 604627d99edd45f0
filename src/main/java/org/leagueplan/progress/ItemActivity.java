package org.leagueplan.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Read model: when an item last had a report or an update, for marking silent items
 * stale.
 */
@Entity
@Table(name = "item_activity")
class ItemActivity {

	@Id
	private Long itemId;

	private Long planId;

	private Instant lastActivityAt;

	protected ItemActivity() {
	}

	/** Records activity at a moment; an earlier moment changes nothing. */
	void touch(Instant at) {
		if (this.lastActivityAt == null || at.isAfter(this.lastActivityAt)) {
			this.lastActivityAt = at;
		}
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Instant getLastActivityAt() {
		return this.lastActivityAt;
	}

}
