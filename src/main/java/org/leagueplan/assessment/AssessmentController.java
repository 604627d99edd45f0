package org.leagueplan.assessment;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.system.BadRequestPage;
import org.leagueplan.system.EditConflict;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The annual assessment of a plan's units (年度考评): the ranking on a day for the office and
 * leaders, and the weights, which only ADMIN sets ({@code AssessmentHttpRules}). A day
 * outside the plan's year, or not a date, gets the 400 page saying so.
 */
@Controller
@BadRequestPage
class AssessmentController {

	static final String VIEW_RANKING = "assessment/ranking";

	static final String VIEW_WEIGHTS = "assessment/weights";

	private final Assessments assessments;

	private final WeightSettings weights;

	private final PlanQueries plans;

	AssessmentController(Assessments assessments, WeightSettings weights, PlanQueries plans) {
		this.assessments = assessments;
		this.weights = weights;
		this.plans = plans;
	}

	@GetMapping("/plans/{planId}/assessment")
	String ranking(@PathVariable long planId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		PlanRef plan = this.plans.plan(planId);
		LocalDate judged = this.assessments.dayOf(plan, day);
		model.addAttribute("assessment", this.assessments.assess(planId, judged));
		return VIEW_RANKING;
	}

	@GetMapping("/plans/{planId}/assessment/weights")
	String initWeights(@PathVariable long planId, Model model) {
		PlanRef plan = this.plans.plan(planId);
		model.addAttribute("weightsForm", WeightsForm.of(this.weights.of(planId), this.weights.version(planId)));
		model.addAttribute("plan", plan);
		return VIEW_WEIGHTS;
	}

	@PostMapping("/plans/{planId}/assessment/weights")
	String processWeights(@PathVariable long planId, @Valid @ModelAttribute("weightsForm") WeightsForm weightsForm,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		PlanRef plan = this.plans.plan(planId);
		model.addAttribute("plan", plan);
		weightsForm.check(result);
		if (result.hasErrors()) {
			return VIEW_WEIGHTS;
		}
		boolean saved;
		try {
			saved = this.weights.change(planId, weightsForm.getVersion(), weightsForm.weights());
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			saved = false;
		}
		if (!saved) {
			model.addAttribute("conflict", conflict(planId, weightsForm));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return EditConflict.VIEW;
		}
		redirect.addFlashAttribute("message", "assessment.weights.saved");
		return "redirect:/plans/" + planId + "/assessment";
	}

	private EditConflict conflict(long planId, WeightsForm mine) {
		Weights stored = this.weights.of(planId);
		Long version = this.weights.version(planId);
		String path = "/plans/" + planId + "/assessment/weights";
		return new EditConflict(path, path, (version != null) ? version : 0)
			.field("assessment.part.ITEMS", stored.items(), mine.getItems(), "items", mine.getItems())
			.field("assessment.part.QUOTAS", stored.quotas(), mine.getQuotas(), "quotas", mine.getQuotas())
			.field("assessment.part.ON_TIME", stored.onTime(), mine.getOnTime(), "onTime", mine.getOnTime())
			.field("assessment.part.RETURNED", stored.returned(), mine.getReturned(), "returned", mine.getReturned())
			.field("assessment.part.OVERDUE", stored.overdue(), mine.getOverdue(), "overdue", mine.getOverdue())
			.field("assessment.part.RECTIFICATIONS", stored.rectifications(), mine.getRectifications(),
					"rectifications", mine.getRectifications());
	}

}
