package org.leagueplan.progress;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.account.UserSummary;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.progress.Rectifications.Outcome;
import org.leagueplan.progress.Rectifications.View;
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
 * Rectifications (整改): a plan's list (the office's, overdue first), an item's, and one
 * rectification's page — its action, deadline, state and trail — with the report of done
 * and the reviewer's acceptance or return, each version-checked; a refusal shows the page
 * again with a message and the input. Everyone logged in reads them.
 */
@Controller
class RectificationController {

	private static final String VIEW_ONE = "progress/rectification";

	private static final String VIEW_LIST = "progress/rectifications";

	private final Rectifications rectifications;

	private final RectificationQueries queries;

	private final PlanQueries plans;

	private final UserDirectory users;

	RectificationController(Rectifications rectifications, RectificationQueries queries, PlanQueries plans,
			UserDirectory users) {
		this.rectifications = rectifications;
		this.queries = queries;
		this.plans = plans;
		this.users = users;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, PlainTextEditor.trimming());
	}

	@GetMapping("/plans/{planId}/rectifications")
	String showPlanList(@PathVariable long planId, Model model) {
		model.addAttribute("plan", this.plans.plan(planId));
		return showList(this.queries.ofPlan(planId), model);
	}

	@GetMapping("/items/{itemId}/rectifications")
	String showItemList(@PathVariable long itemId, Model model) {
		model.addAttribute("item", this.plans.itemContext(itemId));
		return showList(this.queries.ofItem(itemId), model);
	}

	private String showList(List<RectificationSummary> list, Model model) {
		model.addAttribute("rectifications", list);
		model.addAttribute("units", unitNames());
		return VIEW_LIST;
	}

	@GetMapping("/rectifications/{rectificationId}")
	String show(@PathVariable long rectificationId, Model model) {
		View view = this.rectifications.view(rectificationId);
		model.addAttribute("item", view.item());
		model.addAttribute("r", view);
		model.addAttribute("units", unitNames());
		model.addAttribute("actors",
				this.users
					.findByIds(view.trail()
						.stream()
						.map(RectificationStep::getActorId)
						.filter(Objects::nonNull)
						.collect(Collectors.toSet()))
					.values()
					.stream()
					.collect(Collectors.toMap(UserSummary::id, UserSummary::displayName)));
		model.addAttribute("maxSummary", Rectifications.MAX_SUMMARY);
		model.addAttribute("maxReason", Rectifications.MAX_REASON);
		return VIEW_ONE;
	}

	@PostMapping("/rectifications/{rectificationId}/done")
	String reportDone(@PathVariable long rectificationId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String summary, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Outcome outcome = this.rectifications.reportDone(rectificationId, versionOf(version), summary);
		return answer(rectificationId, outcome, "rectification.doneReported",
				Map.of("summary", Objects.toString(summary, "")), model, response, redirect);
	}

	@PostMapping("/rectifications/{rectificationId}/accept")
	String accept(@PathVariable long rectificationId, @RequestParam(required = false) Long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Outcome outcome = this.rectifications.accept(rectificationId, versionOf(version));
		return answer(rectificationId, outcome, "rectification.accepted", Map.of(), model, response, redirect);
	}

	@PostMapping("/rectifications/{rectificationId}/return")
	String sendBack(@PathVariable long rectificationId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Outcome outcome = this.rectifications.returnDone(rectificationId, versionOf(version), reason);
		return answer(rectificationId, outcome, "rectification.returned",
				Map.of("returnReason", Objects.toString(reason, "")), model, response, redirect);
	}

	private String answer(long rectificationId, Outcome outcome, String doneKey, Map<String, String> input, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (outcome == Outcome.DONE) {
			redirect.addFlashAttribute("message", doneKey);
			return "redirect:/rectifications/" + rectificationId;
		}
		response.setStatus(switch (outcome) {
			case STALE, WRONG_STATE -> HttpServletResponse.SC_CONFLICT;
			case OWN_REPORT -> HttpServletResponse.SC_FORBIDDEN;
			default -> HttpServletResponse.SC_BAD_REQUEST;
		});
		model.addAttribute("failure", "rectification.refused." + outcome);
		model.addAllAttributes(input);
		return show(rectificationId, model);
	}

	private Map<Long, String> unitNames() {
		return this.plans.units().stream().collect(Collectors.toMap(UnitRef::id, UnitRef::name));
	}

	private static long versionOf(Long version) {
		return (version != null) ? version : -2;
	}

}
