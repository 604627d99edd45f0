package org.leagueplan.reporting;

import java.util.Locale;

import org.leagueplan.plan.PlanDocument;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.system.BadRequestPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Print views: the whole plan as a document, and the progress report as the Word file has
 * it, with a period picker. The print style sheet lays both out on A4 without the
 * navigation.
 */
@Controller
@BadRequestPage
class PrintController {

	private static final String VIEW_PLAN = "reporting/planPrint";

	private static final String VIEW_REPORT = "reporting/report";

	private final PlanStates states;

	private final ExecutionReports reports;

	private final ReportTexts texts;

	private final PlanPermissions permissions;

	PrintController(PlanStates states, ExecutionReports reports, ReportTexts texts, PlanPermissions permissions) {
		this.states = states;
		this.reports = reports;
		this.texts = texts;
		this.permissions = permissions;
	}

	@GetMapping("/plans/{planId}/print")
	String printPlan(@PathVariable long planId, Locale locale, Model model) {
		PlanDocument document = this.states.document(planId);
		model.addAttribute("state", this.states.state(document, this.states.defaultDay(document.data().plan().year())));
		model.addAttribute("lines", this.texts.in(locale));
		return VIEW_PLAN;
	}

	@GetMapping("/plans/{planId}/report")
	String showReport(@PathVariable long planId, @RequestParam(required = false) String period, Locale locale,
			Model model) {
		ExecutionReport report = this.reports.build(planId, period);
		model.addAttribute("report", report);
		model.addAttribute("lines", this.texts.in(locale));
		model.addAttribute("periods", ReportPeriod.choices(report.plan().year()));
		model.addAttribute("mayIssueBulletin", this.permissions.mayEditPlan());
		return VIEW_REPORT;
	}

}
