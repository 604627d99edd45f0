package org.leagueplan.plan;

import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Copying a plan into a new year (下一年度计划): for whoever may create plans (the plan-wide
 * right). The copy is a draft; the person lands on it.
 */
@Controller
class PlanCloneController {

	private static final String VIEW_CLONE_FORM = "plan/cloneForm";

	private final PlanOutline outline;

	private final PlanCloner cloner;

	private final EditFlow flow;

	private final PlanPermissions access;

	PlanCloneController(PlanOutline outline, PlanCloner cloner, EditFlow flow, PlanPermissions access) {
		this.outline = outline;
		this.cloner = cloner;
		this.flow = flow;
		this.access = access;
	}

	@GetMapping("/plans/{planId}/next-year")
	String initCloneForm(@PathVariable long planId, Model model) {
		this.access.checkWholePlan();
		Plan source = this.outline.plan(planId);
		model.addAttribute("plan", source);
		model.addAttribute("planCloneForm", PlanFormBinding.withToken(PlanCloneForm.proposedFor(source)));
		return VIEW_CLONE_FORM;
	}

	@PostMapping("/plans/{planId}/next-year")
	String processCloneForm(@PathVariable long planId, @Valid PlanCloneForm planCloneForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.access.checkWholePlan();
		Plan source = this.outline.plan(planId);
		if (!this.flow.isRepeatedCreate(planCloneForm)) {
			this.cloner.validate(source, planCloneForm, result);
			if (result.hasErrors()) {
				model.addAttribute("plan", source);
				return VIEW_CLONE_FORM;
			}
		}
		try {
			return this.flow.create(planCloneForm, () -> this.cloner.copy(planId, planCloneForm), "plan.cloned",
					redirect);
		}
		catch (DataIntegrityViolationException ex) {
			// another copy of the plan into the year was saved in the meantime (the
			// unique index on source and year)
			result.rejectValue("year", "clone.year.taken", new Object[] { String.valueOf(planCloneForm.getYear()) },
					null);
			model.addAttribute("plan", source);
			return VIEW_CLONE_FORM;
		}
	}

}
