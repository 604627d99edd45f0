package org.leagueplan.dashboard;

import java.time.LocalDate;

import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.RectificationQueries;
import org.leagueplan.supervision.SignForOverview;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leaders' dashboard of a plan (the current one unless chosen), and the lists behind
 * its numbers. Filters are request parameters, so every view has an address to share.
 */
@Controller
class DashboardController {

	private static final String VIEW_DASHBOARD = "dashboard/dashboard";

	private static final String VIEW_ITEMS = "dashboard/items";

	private final DashboardService dashboards;

	private final PlanQueries plans;

	private final SignForOverview signatures;

	private final PlanPermissions permissions;

	private final RectificationQueries rectifications;

	DashboardController(DashboardService dashboards, PlanQueries plans, SignForOverview signatures,
			PlanPermissions permissions, RectificationQueries rectifications) {
		this.dashboards = dashboards;
		this.plans = plans;
		this.signatures = signatures;
		this.permissions = permissions;
		this.rectifications = rectifications;
	}

	@GetMapping("/dashboard")
	String showDashboard(@RequestParam(required = false) Long plan, @RequestParam(required = false) Long section,
			@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		String view = show(plan, new DashboardFilter(section, unit, null, false, false, asOf), VIEW_DASHBOARD, model);
		if (model.getAttribute("dashboard") instanceof Dashboard dashboard) {
			model.addAttribute("overdueSignatures", this.signatures.overdueSignatures(dashboard.plan().id()));
			model.addAttribute("mayOversee", this.permissions.mayOversee());
			model.addAttribute("rectificationCounts", this.rectifications.counts(dashboard.plan().id()));
			model.addAttribute("copiedPlan", this.plans.sourcePlanId(dashboard.plan().id()).isPresent());
		}
		return view;
	}

	@GetMapping("/dashboard/items")
	String showItems(@RequestParam(required = false) Long plan, @RequestParam(required = false) Long section,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) Light light,
			@RequestParam(defaultValue = "false") boolean stale, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		return show(plan, new DashboardFilter(section, unit, light, stale, overdue, asOf), VIEW_ITEMS, model);
	}

	private String show(Long plan, DashboardFilter filter, String view, Model model) {
		Long planId = (plan != null) ? Long.valueOf(plan) : this.plans.currentPlan().map(ref -> ref.id()).orElse(null);
		if (planId == null) {
			return "redirect:/plans";
		}
		model.addAttribute("dashboard", this.dashboards.build(planId, filter));
		model.addAttribute("plans", this.plans.selectablePlans(planId));
		// 催办 is offered on the items of a running plan only (supervision refuses the
		// others too)
		model.addAttribute("mayPress", this.permissions.mayEditPlan() && this.plans.activePlanIds().contains(planId));
		return view;
	}

}
