package org.leagueplan.progress;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.progress.ReportReviews.Outcome;
import org.leagueplan.system.PlainTextEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reviewing a plan's reports: the queue of pending reports, approving or returning one
 * (one click from the list, version-checked), and the plan's review switch with its
 * confirmation when pending reports would be approved as they stand.
 */
@Controller
class ReviewController {

	private static final String VIEW_QUEUE = "progress/reviews";

	private static final String VIEW_SWITCH = "progress/reviewSettings";

	private final ReportReviews reviews;

	private final ProgressReportRepository reports;

	private final PlanQueries plans;

	private final ProgressReading reading;

	private final ItemClosings closings;

	ReviewController(ReportReviews reviews, ProgressReportRepository reports, PlanQueries plans,
			ProgressReading reading, ItemClosings closings) {
		this.closings = closings;
		this.reviews = reviews;
		this.reports = reports;
		this.plans = plans;
		this.reading = reading;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, PlainTextEditor.trimming());
	}

	@GetMapping("/plans/{planId}/reviews")
	String showQueue(@PathVariable long planId, Model model) {
		List<ProgressReport> pending = this.reviews.pending(planId);
		PlanData data = this.plans.planData(planId);
		Map<Long, TargetRef> targets = data.targets()
			.stream()
			.collect(java.util.stream.Collectors.toMap(TargetRef::id, target -> target));
		Map<Long, ItemRef> items = data.items()
			.stream()
			.collect(java.util.stream.Collectors.toMap(ItemRef::id, item -> item));
		model.addAttribute("plan", data.plan());
		model.addAttribute("pending", pending);
		model.addAttribute("targets", targets);
		model.addAttribute("items", items);
		model.addAttribute("reporters", this.reading.reporterNames(pending));
		model.addAttribute("maxReason", ReportReviews.MAX_REASON);
		model.addAttribute("closings", this.closings.waiting(planId));
		return VIEW_QUEUE;
	}

	@PostMapping("/reports/{reportId}/approve")
	String approve(@PathVariable long reportId, @RequestParam(required = false) Long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Outcome outcome = this.reviews.approve(reportId, (version != null) ? version : -1);
		return answer(reportId, outcome, "review.approved", model, response, redirect);
	}

	@PostMapping("/reports/{reportId}/return")
	String sendBack(@PathVariable long reportId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Outcome outcome = this.reviews.returnReport(reportId, (version != null) ? version : -1, reason);
		return answer(reportId, outcome, "review.returned", model, response, redirect);
	}

	private String answer(long reportId, Outcome outcome, String doneKey, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		long planId = this.reports.findById(reportId).orElseThrow().getPlanId();
		if (outcome == Outcome.DONE) {
			redirect.addFlashAttribute("message", doneKey);
			return "redirect:/plans/" + planId + "/reviews";
		}
		response.setStatus(switch (outcome) {
			case STALE, NOT_PENDING -> HttpServletResponse.SC_CONFLICT;
			case OWN_REPORT -> HttpServletResponse.SC_FORBIDDEN;
			default -> HttpServletResponse.SC_BAD_REQUEST;
		});
		model.addAttribute("failure", "review.refused." + outcome);
		return showQueue(planId, model);
	}

	@GetMapping("/plans/{planId}/review-settings")
	String showSwitch(@PathVariable long planId, Model model) {
		model.addAttribute("plan", this.plans.planData(planId).plan());
		model.addAttribute("state", this.reviews.switchState(planId));
		return VIEW_SWITCH;
	}

	@PostMapping("/plans/{planId}/review-settings")
	String processSwitch(@PathVariable long planId, @RequestParam(required = false) boolean enabled,
			@RequestParam(required = false) Long version, @RequestParam(required = false) Long confirmedPending,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Outcome outcome = this.reviews.switchReview(planId, enabled, (version != null) ? version : -2,
				confirmedPending);
		if (outcome == Outcome.CONFIRM) {
			model.addAttribute("confirm", true);
			return showSwitch(planId, model);
		}
		if (outcome == Outcome.STALE) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("failure", "review.refused.STALE");
			return showSwitch(planId, model);
		}
		redirect.addFlashAttribute("message", enabled ? "review.switch.on.saved" : "review.switch.off.saved");
		return "redirect:/plans/{planId}/review-settings";
	}

}
