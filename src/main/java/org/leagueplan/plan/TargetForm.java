package org.leagueplan.plan;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * The target form: the fields every target form holds ({@link TargetFields}), its target
 * value and unit label.
 */
class TargetForm extends TargetFields {

	@DecimalMin(VALUE_MIN)
	@Digits(integer = VALUE_DIGITS, fraction = VALUE_FRACTION)
	private BigDecimal targetValue;

	@Size(max = UNIT_MAX)
	private String unitLabel;

	public static TargetForm of(Target target) {
		TargetForm form = new TargetForm();
		form.setName(target.getName());
		form.setKind(target.getKind());
		form.setComparator(target.getComparator());
		form.targetValue = target.getTargetValue();
		form.unitLabel = target.getUnitLabel();
		form.setBaseline(target.getBaseline());
		form.setDueDate(target.getDueDate());
		form.setNote(target.getNote());
		form.setVersion(target.getVersion());
		return form;
	}

	/**
	 * A percentage target is measured in %, whatever unit was typed; a yes/no target has
	 * no value or unit.
	 */
	void normalize() {
		if (getKind() == TargetKind.PERCENTAGE) {
			this.unitLabel = "%";
		}
		if (getKind() != null && !getKind().isNumeric()) {
			this.targetValue = null;
			setBaseline(null);
			this.unitLabel = null;
			setComparator(TargetComparator.EXACTLY);
		}
	}

	boolean sameAs(Target target) {
		return Objects.equals(getName(), target.getName()) && getKind() == target.getKind()
				&& getComparator() == target.getComparator() && sameNumber(this.targetValue, target.getTargetValue())
				&& Objects.equals(this.unitLabel, target.getUnitLabel())
				&& sameNumber(getBaseline(), target.getBaseline()) && Objects.equals(getDueDate(), target.getDueDate())
				&& Objects.equals(getNote(), target.getNote());
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	void applyTo(Target target) {
		target.update(getName(), getKind(), getComparator(), this.targetValue, this.unitLabel, getBaseline(),
				getDueDate(), getNote());
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

}
