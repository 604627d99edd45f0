package org.leagueplan.plan;

import java.math.BigDecimal;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Rules across a target's fields: a count or percentage needs a target value, a percentage is at most 100, a
 * deadline target needs its date.
 */
class TargetFormValidator implements Validator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
		if (form.getKind() == TargetKind.PERCENTAGE) {
			rejectAboveHundred(form.getTargetValue(), "targetValue", errors);
			rejectAboveHundred(form.getBaseline(), "baseline", errors);
		}
		if (form.getKind() == TargetKind.DATE && form.getDueDate() == null) {
			errors.rejectValue("dueDate", "target.dueDate.required");
		}
	}

	private static void rejectAboveHundred(BigDecimal value, String field, Errors errors) {
		if (value != null && value.compareTo(HUNDRED) > 0 && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "target.percentage.max");
		}
	}

}
