package org.leagueplan.supervision;

import jakarta.validation.Valid;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.system.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 未签收: a plan's assignments waiting longer than the plan's number of days for their
 * signature, for ADMIN, the plan-wide right and LEADER; the number of days is set on the
 * same page by ADMIN and the plan-wide right.
 */
@Controller
class UnsignedController {

	private static final String VIEW_UNSIGNED = "supervision/unsigned";

	private final SignForOverview overview;

	private final SignForSettings settings;

	private final PlanQueries plans;

	private final PlanPermissions permissions;

	UnsignedController(SignForOverview overview, SignForSettings settings, PlanQueries plans,
			PlanPermissions permissions) {
		this.overview = overview;
		this.settings = settings;
		this.plans = plans;
		this.permissions = permissions;
	}

	@GetMapping("/plans/{planId}/unsigned")
	String show(@PathVariable long planId, Model model) {
		checkOversee();
		SupervisionSettings current = this.overview.settings(planId);
		SignForSettingsForm form = new SignForSettingsForm();
		form.setSignForDays(current.getSignForDays());
		form.setVersion(current.getVersion());
		return page(planId, form, model);
	}

	@PostMapping("/plans/{planId}/unsigned/settings")
	String processSettings(@PathVariable long planId, @Valid SignForSettingsForm signForSettingsForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!this.permissions.mayEditPlan()) {
			throw new AccessDeniedException("the sign-for deadline needs the plan-wide right");
		}
		PlanRef plan = plan(planId);
		if (result.hasErrors()) {
			return page(plan.id(), signForSettingsForm, model);
		}
		boolean saved;
		try {
			saved = this.settings.change(planId, signForSettingsForm.getVersion(),
					signForSettingsForm.getSignForDays());
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			saved = false;
		}
		redirect.addFlashAttribute(saved ? "message" : "failure",
				saved ? "assignment.settings.saved" : "assignment.settings.stale");
		return "redirect:/plans/" + planId + "/unsigned";
	}

	private String page(long planId, SignForSettingsForm form, Model model) {
		model.addAttribute("plan", plan(planId));
		model.addAttribute("unsigned", this.overview.overdue(planId));
		model.addAttribute("signForSettingsForm", form);
		model.addAttribute("mayChangeSettings", this.permissions.mayEditPlan());
		return VIEW_UNSIGNED;
	}

	private PlanRef plan(long planId) {
		return this.plans.plans()
			.stream()
			.filter(plan -> plan.id() == planId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("plan", planId));
	}

	private void checkOversee() {
		if (!this.permissions.mayOversee()) {
			throw new AccessDeniedException("the unsigned list is for the office and leaders");
		}
	}

}
