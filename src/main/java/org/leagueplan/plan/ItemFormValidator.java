package org.leagueplan.plan;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Rules across an item's fields: the period may not end before it starts.
 */
class ItemFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return ItemForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ItemForm form = (ItemForm) target;
		if (form.getStartDate() != null && form.getEndDate() != null
				&& form.getEndDate().isBefore(form.getStartDate())) {
			errors.rejectValue("endDate", "period.endBeforeStart");
		}
	}

}
