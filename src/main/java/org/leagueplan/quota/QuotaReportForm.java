package org.leagueplan.quota;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A unit's report on its quota: its value as of a day, with a note. Whether it may be
 * taken is {@code progress.ReportRules}' to say.
 */
class QuotaReportForm {

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal value;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate asOf;

	@Size(max = 500)
	private String note;

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public LocalDate getAsOf() {
		return this.asOf;
	}

	public void setAsOf(LocalDate asOf) {
		this.asOf = asOf;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
