package org.leagueplan.plan;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reading plans: the list of plans, one plan as a tree with filters, and its archived
 * parts.
 */
@Controller
class PlanController {

	private static final String VIEW_PLAN_LIST = "plan/planList";

	private static final String VIEW_PLAN_TREE = "plan/planTree";

	private static final String VIEW_ARCHIVED = "plan/archived";

	private final PlanOutline outline;

	private final UnitCatalog units;

	private final PlanPermissions permissions;

	PlanController(PlanOutline outline, UnitCatalog units, PlanPermissions permissions) {
		this.outline = outline;
		this.units = units;
		this.permissions = permissions;
	}

	@GetMapping("/plans")
	String listPlans(Model model) {
		model.addAttribute("plans", this.outline.allPlans());
		return VIEW_PLAN_LIST;
	}

	@GetMapping("/plans/current")
	String currentPlan() {
		return PlanRoutes
			.redirect(this.outline.currentPlan().map(plan -> PlanRoutes.plan(plan.getId())).orElse(PlanRoutes.plans()));
	}

	@GetMapping("/plans/{planId}")
	String showPlan(@PathVariable long planId, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) ItemStatus status, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("tree", this.outline.tree(planId, new PlanFilter(unit, status, q)));
		model.addAttribute("units", this.units.active());
		model.addAttribute("statuses", ItemStatus.values());
		model.addAttribute("mayReview", this.permissions.mayReview(planId));
		model.addAttribute("mayChooseReviewers", this.permissions.mayChooseReviewers());
		return VIEW_PLAN_TREE;
	}

	@GetMapping("/plans/{planId}/archived")
	String showArchived(@PathVariable long planId, Model model) {
		model.addAttribute("archived", this.outline.archived(planId));
		return VIEW_ARCHIVED;
	}

}
