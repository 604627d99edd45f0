package org.leagueplan.plan;

import java.util.UUID;

import org.leagueplan.system.PlainTextEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Binding rules for the plan's forms: text is trimmed and an empty field is no value. The
 * forms hold no id, plan, section or item of the record they change: those come from the
 * address only. Every page gets the person's edit scope.
 */
@ControllerAdvice(basePackageClasses = PlanFormBinding.class)
class PlanFormBinding {

	private final PlanPermissions access;

	PlanFormBinding(PlanPermissions access) {
		this.access = access;
	}

	/** What the person may change, for showing only the buttons that will work. */
	@ModelAttribute("scope")
	EditScope scope() {
		return this.access.scope();
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, PlainTextEditor.trimming());
		binder.setDisallowedFields("id");
	}

	/** Gives a create form its one-time token. */
	static <F extends EditForm> F withToken(F form) {
		form.setToken(UUID.randomUUID().toString());
		return form;
	}

}
