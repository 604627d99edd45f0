package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Read model: a target's latest report, kept up to date with every report so pages never
 * scan the history.
 */
@Entity
@Table(name = "target_progress")
class TargetProgressRow {

	@Id
	private Long targetId;

	private Long planId;

	private BigDecimal latestValue;

	private Boolean latestDone;

	private LocalDate latestAsOf;

	private Instant lastReportedAt;

	private int reportCount;

	protected TargetProgressRow() {
	}

	/**
	 * Takes a report in: the latest is the one with the latest as-of date
	 * ({@link ProgressReport#supersedes}).
	 */
	void take(ProgressReport report) {
		this.reportCount++;
		this.lastReportedAt = report.getReportedAt();
		if (report.supersedes(this.latestAsOf)) {
			this.latestValue = report.getValue();
			this.latestDone = report.getDone();
			this.latestAsOf = report.getAsOf();
		}
	}

	/**
	 * Sets the row to {@code latest}, the fold of the target's approved reports (a report
	 * approved later than it was made), or to no report when {@code null}.
	 */
	void reset(TargetProgress latest) {
		this.latestValue = (latest != null) ? latest.value() : null;
		this.latestDone = (latest != null) ? latest.done() : null;
		this.latestAsOf = (latest != null) ? latest.asOf() : null;
		if (latest != null) {
			this.lastReportedAt = latest.reportedAt();
		}
		this.reportCount = (latest != null) ? latest.reportCount() : 0;
	}

	public Long getTargetId() {
		return this.targetId;
	}

	public BigDecimal getLatestValue() {
		return this.latestValue;
	}

	public Boolean getLatestDone() {
		return this.latestDone;
	}

	public LocalDate getLatestAsOf() {
		return this.latestAsOf;
	}

	public Instant getLastReportedAt() {
		return this.lastReportedAt;
	}

	public int getReportCount() {
		return this.reportCount;
	}

}
