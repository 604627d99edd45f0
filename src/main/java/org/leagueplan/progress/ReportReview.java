package org.leagueplan.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of a report's review trail: who did what, when, and the reason of a return.
 * Written once, never changed.
 */
@Entity
@Table(name = "report_review")
class ReportReview {

	/** A pending report made (review on). */
	static final String SUBMITTED = "SUBMITTED";

	/** A pending report made to revise a returned one. */
	static final String RESUBMITTED = "RESUBMITTED";

	static final String APPROVED = "APPROVED";

	static final String RETURNED = "RETURNED";

	/** Approved as it stood when the plan's review was switched off. */
	static final String APPROVED_ON_SWITCH_OFF = "SWITCH_APPROVED";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reportId;

	private Long planId;

	private String action;

	private String reason;

	private Long actorId;

	private Instant actedAt;

	protected ReportReview() {
	}

	ReportReview(long reportId, long planId, String action, String reason, Long actorId, Instant actedAt) {
		this.reportId = reportId;
		this.planId = planId;
		this.action = action;
		this.reason = reason;
		this.actorId = actorId;
		this.actedAt = actedAt;
	}

	public Long getReportId() {
		return this.reportId;
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
