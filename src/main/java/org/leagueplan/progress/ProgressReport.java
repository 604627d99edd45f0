package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One report on a target: its value or done flag as of a date, with the narrative and,
 * for a red target, the reason and the corrective action. A report's content is never
 * changed; a correction is a new report naming the one it corrects. Only its review
 * {@link ReportState state} moves (version-checked): a pending report is approved or
 * returned; a returned one is revised by a new report naming it ({@code revisesId}).
 */
@Entity
@Table(name = "progress_report")
class ProgressReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long targetId;

	private Long planId;

	@Column(name = "reported_value")
	private BigDecimal value;

	private Boolean done;

	private LocalDate asOf;

	private String narrative;

	private String reason;

	private String correctiveAction;

	private Long correctsId;

	private Long reportedBy;

	private Instant reportedAt;

	@Enumerated(EnumType.STRING)
	private ReportState state = ReportState.APPROVED;

	@Version
	private long version;

	private Long revisesId;

	protected ProgressReport() {
	}

	ProgressReport(long targetId, long planId, BigDecimal value, Boolean done, LocalDate asOf, String narrative,
			String reason, String correctiveAction, Long correctsId, Long reportedBy, Instant reportedAt) {
		this.targetId = targetId;
		this.planId = planId;
		this.value = value;
		this.done = done;
		this.asOf = asOf;
		this.narrative = narrative;
		this.reason = reason;
		this.correctiveAction = correctiveAction;
		this.correctsId = correctsId;
		this.reportedBy = reportedBy;
		this.reportedAt = reportedAt;
	}

	/** Makes this new report wait for review, as a revision of {@code revisesId}. */
	void awaitReview(Long revisesId) {
		this.state = ReportState.PENDING;
		this.revisesId = revisesId;
	}

	/** Makes this new, approved report the revision of the returned {@code revisesId}. */
	void revising(Long revisesId) {
		this.revisesId = revisesId;
	}

	void approve() {
		this.state = ReportState.APPROVED;
	}

	void sendBack() {
		this.state = ReportState.RETURNED;
	}

	void revised() {
		this.state = ReportState.REVISED;
	}

	public boolean isPending() {
		return this.state == ReportState.PENDING;
	}

	public boolean isApproved() {
		return this.state == ReportState.APPROVED;
	}

	public ReportState getState() {
		return this.state;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getRevisesId() {
		return this.revisesId;
	}

	public Long getPlanId() {
		return this.planId;
	}

	/**
	 * Whether this report becomes a target's latest when the latest so far is as of
	 * {@code latestAsOf} ({@code null} for none): the one with the latest as-of date
	 * wins, a later report wins a tie, and a correction always wins.
	 */
	public boolean supersedes(LocalDate latestAsOf) {
		return latestAsOf == null || !this.asOf.isBefore(latestAsOf) || this.correctsId != null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getTargetId() {
		return this.targetId;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public Boolean getDone() {
		return this.done;
	}

	public LocalDate getAsOf() {
		return this.asOf;
	}

	public String getNarrative() {
		return this.narrative;
	}

	public String getReason() {
		return this.reason;
	}

	public String getCorrectiveAction() {
		return this.correctiveAction;
	}

	public Long getCorrectsId() {
		return this.correctsId;
	}

	public Long getReportedBy() {
		return this.reportedBy;
	}

	public Instant getReportedAt() {
		return this.reportedAt;
	}

}
