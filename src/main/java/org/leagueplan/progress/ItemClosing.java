package org.leagueplan.progress;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An item's closing (办结销号): its latest request with the summary and who asked, and where
 * it stands. Every step is version-checked and leaves a line in the trail
 * ({@link ItemClosingStep}).
 */
@Entity
@Table(name = "item_closing")
class ItemClosing {

	@Id
	private Long itemId;

	private Long planId;

	@Enumerated(EnumType.STRING)
	private ClosingState state;

	private String summary;

	private Long requesterId;

	@Version
	private Long version;

	protected ItemClosing() {
	}

	ItemClosing(long itemId, long planId) {
		this.itemId = itemId;
		this.planId = planId;
	}

	void request(String summary, Long requesterId) {
		this.state = ClosingState.REQUESTED;
		this.summary = summary;
		this.requesterId = requesterId;
	}

	void decide(boolean accepted) {
		this.state = accepted ? ClosingState.ACCEPTED : ClosingState.RETURNED;
	}

	void reopen() {
		this.state = ClosingState.REOPENED;
	}

	/**
	 * Whether a new request may be made: none yet, or the last one returned or reopened.
	 */
	boolean isOpenForRequest() {
		return this.state == null || this.state == ClosingState.RETURNED || this.state == ClosingState.REOPENED;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public ClosingState getState() {
		return this.state;
	}

	public String getSummary() {
		return this.summary;
	}

	public Long getRequesterId() {
		return this.requesterId;
	}

	public long getVersion() {
		return (this.version != null) ? this.version : -1;
	}

}
