package org.leagueplan.plan;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.leagueplan.system.EditConflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating a plan and editing its header: year, title, organisation, preamble, status.
 */
@Controller
class PlanFormController {

	private static final String VIEW_PLAN_FORM = "plan/planForm";

	private final PlanOutline outline;

	private final PlanEditor editor;

	private final EditFlow flow;

	private final PlanPermissions access;

	PlanFormController(PlanOutline outline, PlanEditor editor, EditFlow flow, PlanPermissions access) {
		this.access = access;
		this.outline = outline;
		this.editor = editor;
		this.flow = flow;
	}

	@ModelAttribute("statuses")
	PlanStatus[] statuses() {
		return PlanStatus.values();
	}

	@GetMapping("/plans/new")
	String initCreationForm(Model model) {
		this.access.checkWholePlan();
		model.addAttribute("planForm", PlanFormBinding.withToken(new PlanForm()));
		return VIEW_PLAN_FORM;
	}

	@PostMapping("/plans/new")
	String processCreationForm(@Valid PlanForm planForm, BindingResult result, RedirectAttributes redirect) {
		this.access.checkWholePlan();
		if (result.hasErrors()) {
			return VIEW_PLAN_FORM;
		}
		return this.flow.create(planForm, () -> this.editor.createPlan(planForm), "plan.created", redirect);
	}

	@GetMapping("/plans/{planId}/edit")
	String initUpdateForm(@PathVariable long planId, Model model) {
		this.access.checkWholePlan();
		Plan plan = this.outline.plan(planId);
		model.addAttribute("plan", plan);
		model.addAttribute("planForm", PlanForm.of(plan));
		return VIEW_PLAN_FORM;
	}

	@PostMapping("/plans/{planId}/edit")
	String processUpdateForm(@PathVariable long planId, @Valid PlanForm planForm, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		this.access.checkWholePlan();
		Plan plan = this.outline.plan(planId);
		if (result.hasErrors()) {
			model.addAttribute("plan", plan);
			return VIEW_PLAN_FORM;
		}
		return this.flow.update(() -> this.editor.updatePlan(planId, planForm),
				() -> conflict(this.outline.plan(planId), planForm), PlanRoutes.plan(planId), "plan.saved", model,
				response, redirect);
	}

	private static EditConflict conflict(Plan stored, PlanForm mine) {
		return new EditConflict(PlanRoutes.planEdit(stored.getId()), PlanRoutes.plan(stored.getId()),
				stored.getVersion())
			.field("plan.year", stored.getYear(), mine.getYear(), "year", mine.getYear())
			.field("plan.title", stored.getTitle(), mine.getTitle(), "title", mine.getTitle())
			.field("plan.organization", stored.getOrganization(), mine.getOrganization(), "organization",
					mine.getOrganization())
			.field("plan.preamble", stored.getPreamble(), mine.getPreamble(), "preamble", mine.getPreamble())
			.choice("plan.status", "planStatus", stored.getStatus(), mine.getStatus(), "status");
	}

}
