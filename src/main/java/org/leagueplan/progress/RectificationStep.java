package org.leagueplan.progress;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of a rectification's trail: opened or updated by a report (the action, its
 * deadline and the report), reported done (the summary), accepted or returned (the
 * reason); who and when. Written once, never changed.
 */
@Entity
@Table(name = "rectification_step")
class RectificationStep {

	/** The actions of the trail beside the states: a red report opened or restated it. */
	static final String OPENED = "OPENED";

	static final String UPDATED = "UPDATED";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long rectificationId;

	private String action;

	private String text;

	private LocalDate deadline;

	private Long reportId;

	private Long actorId;

	private Instant actedAt;

	protected RectificationStep() {
	}

	RectificationStep(long rectificationId, String action, String text, LocalDate deadline, Long reportId, Long actorId,
			Instant actedAt) {
		this.rectificationId = rectificationId;
		this.action = action;
		this.text = text;
		this.deadline = deadline;
		this.reportId = reportId;
		this.actorId = actorId;
		this.actedAt = actedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getRectificationId() {
		return this.rectificationId;
	}

	public String getAction() {
		return this.action;
	}

	public String getText() {
		return this.text;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public Long getReportId() {
		return this.reportId;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public Instant getActedAt() {
		return this.actedAt;
	}

}
