package org.leagueplan.register;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line in an entry's trail: made, accepted, returned, resubmitted, withdrawn. */
@Entity
@Table(name = "register_entry_step")
class EntryStep {

	static final String MADE = "MADE";

	static final String ACCEPTED = "ACCEPTED";

	static final String RETURNED = "RETURNED";

	static final String RESUBMITTED = "RESUBMITTED";

	static final String WITHDRAWN = "WITHDRAWN";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long entryId;

	private String action;

	private String reason;

	private Long actorId;

	private Instant actedAt;

	protected EntryStep() {
	}

	EntryStep(long entryId, String action, String reason, Long actorId, Instant actedAt) {
		this.entryId = entryId;
		this.action = action;
		this.reason = reason;
		this.actorId = actorId;
		this.actedAt = actedAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getEntryId() {
		return this.entryId;
	}

	public String getAction() {
		return this.action;
	}

	public String getReason() {
		return this.reason;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public Instant getActedAt() {
		return this.actedAt;
	}

}
