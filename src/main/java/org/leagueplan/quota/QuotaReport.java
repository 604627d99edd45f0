package org.leagueplan.quota;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A unit's report on its quota ({@code quota_report}): its value as of a day. Written
 * once, never changed.
 */
@Entity
@Table(name = "quota_report")
class QuotaReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long quotaId;

	@Column(name = "reported_value")
	private BigDecimal value;

	private LocalDate asOf;

	private String note;

	private Long reporterId;

	private Instant reportedAt;

	protected QuotaReport() {
	}

	QuotaReport(long quotaId, BigDecimal value, LocalDate asOf, String note, Long reporterId, Instant reportedAt) {
		this.quotaId = quotaId;
		this.value = value;
		this.asOf = asOf;
		this.note = note;
		this.reporterId = reporterId;
		this.reportedAt = reportedAt;
	}

	/**
	 * Whether this report, taken after one as of {@code latestAsOf} ({@code null}: none),
	 * becomes the quota's latest: the latest as-of day wins, a later report wins a tie —
	 * the rule of reports on targets.
	 */
	boolean supersedes(LocalDate latestAsOf) {
		return latestAsOf == null || !this.asOf.isBefore(latestAsOf);
	}

	Long getId() {
		return this.id;
	}

	long getQuotaId() {
		return this.quotaId;
	}

	BigDecimal getValue() {
		return this.value;
	}

	LocalDate getAsOf() {
		return this.asOf;
	}

	String getNote() {
		return this.note;
	}

	Long getReporterId() {
		return this.reporterId;
	}

	Instant getReportedAt() {
		return this.reportedAt;
	}

}
