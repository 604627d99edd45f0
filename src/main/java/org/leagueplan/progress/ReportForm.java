package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A report on a target: the value (or done), as of a date, the narrative, for a red
 * target the reason, the corrective action and its deadline, and evidence (files and
 * links). {@code correctsId} names the report it corrects.
 */
class ReportForm extends EvidenceForm {

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal value;

	private boolean done;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate asOf;

	@Size(max = 4000)
	private String narrative;

	@Size(max = 2000)
	private String reason;

	@Size(max = 2000)
	private String correctiveAction;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate actionDeadline;

	private Long correctsId;

	private Long revisesId;

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public boolean isDone() {
		return this.done;
	}

	public void setDone(boolean done) {
		this.done = done;
	}

	public LocalDate getAsOf() {
		return this.asOf;
	}

	public void setAsOf(LocalDate asOf) {
		this.asOf = asOf;
	}

	public String getNarrative() {
		return this.narrative;
	}

	public void setNarrative(String narrative) {
		this.narrative = narrative;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getCorrectiveAction() {
		return this.correctiveAction;
	}

	public void setCorrectiveAction(String correctiveAction) {
		this.correctiveAction = correctiveAction;
	}

	/**
	 * The deadline of the corrective action, required when the report leaves its target
	 * red: it opens or updates the target's rectification (整改).
	 */
	public LocalDate getActionDeadline() {
		return this.actionDeadline;
	}

	public void setActionDeadline(LocalDate actionDeadline) {
		this.actionDeadline = actionDeadline;
	}

	public Long getCorrectsId() {
		return this.correctsId;
	}

	public void setCorrectsId(Long correctsId) {
		this.correctsId = correctsId;
	}

	/** The returned report this one revises, or {@code null}. */
	public Long getRevisesId() {
		return this.revisesId;
	}

	public void setRevisesId(Long revisesId) {
		this.revisesId = revisesId;
	}

}
