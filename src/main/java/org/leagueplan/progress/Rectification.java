package org.leagueplan.progress;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A rectification (整改): the corrective action a red report set for its target, with a
 * deadline and the responsible unit, tracked to done and reviewed. While it is not
 * accepted it is the target's one rectification in progress ({@code openTargetId},
 * unique); every step is version-checked and leaves a line in the trail
 * ({@link RectificationStep}).
 */
@Entity
@Table(name = "rectification")
class Rectification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	private Long planId;

	private Long targetId;

	private Long reportId;

	private String action;

	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	private RectificationState state;

	private Long unitId;

	private String doneSummary;

	private Long reporterId;

	private Instant openedAt;

	private Long openTargetId;

	@Version
	private Long version;

	protected Rectification() {
	}

	Rectification(long itemId, long planId, long targetId, long reportId, String action, LocalDate deadline,
			Long unitId, Instant openedAt) {
		this.itemId = itemId;
		this.planId = planId;
		this.targetId = targetId;
		this.reportId = reportId;
		this.action = action;
		this.deadline = deadline;
		this.unitId = unitId;
		this.openedAt = openedAt;
		this.state = RectificationState.OPEN;
		this.openTargetId = targetId;
	}

	/**
	 * A later red report on the target restates the action and deadline (and the unit
	 * leading the item now); where it stands is kept.
	 */
	void update(long reportId, String action, LocalDate deadline, Long unitId) {
		this.reportId = reportId;
		this.action = action;
		this.deadline = deadline;
		this.unitId = unitId;
	}

	void reportDone(String summary, Long reporterId) {
		this.state = RectificationState.DONE_REPORTED;
		this.doneSummary = summary;
		this.reporterId = reporterId;
	}

	void decide(boolean accepted) {
		this.state = accepted ? RectificationState.ACCEPTED : RectificationState.RETURNED;
		if (accepted) {
			this.openTargetId = null;
		}
	}

	/** Overdue on the day: its deadline has passed and it is not accepted. */
	boolean isOverdueOn(LocalDate today) {
		return this.state != RectificationState.ACCEPTED && this.deadline.isBefore(today);
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Long getTargetId() {
		return this.targetId;
	}

	public Long getReportId() {
		return this.reportId;
	}

	public String getAction() {
		return this.action;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public RectificationState getState() {
		return this.state;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public String getDoneSummary() {
		return this.doneSummary;
	}

	public Long getReporterId() {
		return this.reporterId;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public long getVersion() {
		return (this.version != null) ? this.version : -1;
	}

}
