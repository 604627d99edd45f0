package org.leagueplan.plan;

import java.math.BigDecimal;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Rules across a target's fields: a count or percentage needs a target value, a
 * percentage is at most 100, a deadline target needs its date.
 */
class TargetFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return TargetForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		TargetForm form = (TargetForm) target;
		form.normalize();
		if (form.getKind() == null) {
			return;
		}
		if (form.getKind().isNumeric() && form.getTargetValue() == null && !errors.hasFieldErrors("targetValue")) {
			errors.rejectValue("targetValue", "target.value.required");
		}
		rejectAboveMaximum(form.getKind(), form.getTargetValue(), "targetValue", errors);
		rejectAboveMaximum(form.getKind(), form.getBaseline(), "baseline", errors);
		if (form.getKind() == TargetKind.DATE && form.getDueDate() == null) {
			errors.rejectValue("dueDate", "target.dueDate.required");
		}
	}

	private static void rejectAboveMaximum(TargetKind kind, BigDecimal value, String field, Errors errors) {
		if (kind.exceedsMaximum(value) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, TargetKind.ABOVE_MAXIMUM);
		}
	}

}
