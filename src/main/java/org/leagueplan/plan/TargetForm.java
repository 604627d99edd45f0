package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

class TargetForm extends EditForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private TargetKind kind = TargetKind.COUNT;

	@NotNull
	private TargetComparator comparator = TargetComparator.AT_LEAST;

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal targetValue;

	@Size(max = 20)
	private String unitLabel;

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal baseline;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	@Size(max = 500)
	private String note;

	public static TargetForm of(Target target) {
		TargetForm form = new TargetForm();
		form.name = target.getName();
		form.kind = target.getKind();
		form.comparator = target.getComparator();
		form.targetValue = target.getTargetValue();
		form.unitLabel = target.getUnitLabel();
		form.baseline = target.getBaseline();
		form.dueDate = target.getDueDate();
		form.note = target.getNote();
		form.setVersion(target.getVersion());
		return form;
	}

	/** A percentage target is measured in %, whatever unit was typed; a yes/no target has no value or unit. */
	void normalize() {
		if (this.kind == TargetKind.PERCENTAGE) {
			this.unitLabel = "%";
		}
		if (this.kind != null && !this.kind.isNumeric()) {
			this.targetValue = null;
			this.baseline = null;
			this.unitLabel = null;
			this.comparator = TargetComparator.EXACTLY;
		}
	}

	boolean sameAs(Target target) {
		return Objects.equals(this.name, target.getName()) && this.kind == target.getKind()
				&& this.comparator == target.getComparator() && sameNumber(this.targetValue, target.getTargetValue())
				&& Objects.equals(this.unitLabel, target.getUnitLabel())
				&& sameNumber(this.baseline, target.getBaseline()) && Objects.equals(this.dueDate, target.getDueDate())
				&& Objects.equals(this.note, target.getNote());
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	void applyTo(Target target) {
		target.update(this.name, this.kind, this.comparator, this.targetValue, this.unitLabel, this.baseline,
				this.dueDate, this.note);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public TargetKind getKind() {
		return this.kind;
	}

	public void setKind(TargetKind kind) {
		this.kind = kind;
	}

	public TargetComparator getComparator() {
		return this.comparator;
	}

	public void setComparator(TargetComparator comparator) {
		this.comparator = comparator;
	}

	public BigDecimal getTargetValue() {
		return this.targetValue;
	}

	public void setTargetValue(BigDecimal targetValue) {
		this.targetValue = targetValue;
	}

	public String getUnitLabel() {
		return this.unitLabel;
	}

	public void setUnitLabel(String unitLabel) {
		this.unitLabel = unitLabel;
	}

	public BigDecimal getBaseline() {
		return this.baseline;
	}

	public void setBaseline(BigDecimal baseline) {
		this.baseline = baseline;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
