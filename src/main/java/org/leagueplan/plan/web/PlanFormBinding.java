package org.leagueplan.plan.web;

import java.util.UUID;

import org.leagueplan.plan.internal.EditForm;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Binding rules for the plan's forms: text is trimmed and an empty field is no value. The forms hold no id, plan,
 * section or item of the record they change: those come from the address only.
 */
@ControllerAdvice(basePackageClasses = PlanFormBinding.class)
class PlanFormBinding {

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setDisallowedFields("id");
	}

	/** Gives a create form its one-time token. */
	static <F extends EditForm> F withToken(F form) {
		form.setToken(UUID.randomUUID().toString());
		return form;
	}

}
