package org.leagueplan.progress;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.account.UserSummary;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.progress.ItemClosings.Outcome;
import org.leagueplan.progress.ItemClosings.View;
import org.leagueplan.system.PlainTextEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An item's closing (办结销号): its state and trail, the request with a summary and evidence
 * (a multipart form: files and links), the reviewer's acceptance or return, and
 * reopening, each version-checked; a refusal shows the page again with a message and the
 * input (files aside: a browser cannot be given them back).
 */
@Controller
class ClosingController {

	private static final String VIEW_CLOSING = "progress/closing";

	private static final String FORM = "closingForm";

	private final ItemClosings closings;

	private final PlanQueries plans;

	private final UserDirectory users;

	ClosingController(ItemClosings closings, PlanQueries plans, UserDirectory users) {
		this.closings = closings;
		this.plans = plans;
		this.users = users;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, PlainTextEditor.trimming());
	}

	@GetMapping("/items/{itemId}/closing")
	String showClosing(@PathVariable long itemId, Model model) {
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, new ClosingEvidenceForm());
		}
		View view = this.closings.view(itemId);
		model.addAttribute("item", this.plans.itemContext(itemId));
		model.addAttribute("closing", view);
		model.addAttribute("actors",
				this.users
					.findByIds(view.trail()
						.stream()
						.map(ItemClosingStep::getActorId)
						.filter(Objects::nonNull)
						.collect(Collectors.toSet()))
					.values()
					.stream()
					.collect(Collectors.toMap(UserSummary::id, UserSummary::displayName)));
		model.addAttribute("maxSummary", ItemClosings.MAX_SUMMARY);
		model.addAttribute("maxReason", ItemClosings.MAX_REASON);
		return VIEW_CLOSING;
	}

	@PostMapping("/items/{itemId}/closing")
	String request(@PathVariable long itemId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String summary,
			@Valid @ModelAttribute(FORM) ClosingEvidenceForm closingForm, BindingResult evidence, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Outcome outcome = this.closings.request(itemId, versionOf(version), summary, closingForm, evidence);
		return answer(itemId, outcome, "closing.requested", Map.of("summary", Objects.toString(summary, "")), model,
				response, redirect);
	}

	@PostMapping("/items/{itemId}/closing/accept")
	String accept(@PathVariable long itemId, @RequestParam(required = false) Long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Outcome outcome = this.closings.accept(itemId, versionOf(version));
		return answer(itemId, outcome, "closing.accepted", Map.of(), model, response, redirect);
	}

	@PostMapping("/items/{itemId}/closing/return")
	String sendBack(@PathVariable long itemId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Outcome outcome = this.closings.returnRequest(itemId, versionOf(version), reason);
		return answer(itemId, outcome, "closing.returned", Map.of("returnReason", Objects.toString(reason, "")), model,
				response, redirect);
	}

	@PostMapping("/items/{itemId}/closing/reopen")
	String reopen(@PathVariable long itemId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Outcome outcome = this.closings.reopen(itemId, versionOf(version), reason);
		return answer(itemId, outcome, "closing.reopened", Map.of("reopenReason", Objects.toString(reason, "")), model,
				response, redirect);
	}

	private String answer(long itemId, Outcome outcome, String doneKey, Map<String, String> input, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (outcome == Outcome.DONE) {
			redirect.addFlashAttribute("message", doneKey);
			return "redirect:/items/" + itemId + "/closing";
		}
		response.setStatus(switch (outcome) {
			case STALE, WRONG_STATE -> HttpServletResponse.SC_CONFLICT;
			case OWN_REQUEST -> HttpServletResponse.SC_FORBIDDEN;
			default -> HttpServletResponse.SC_BAD_REQUEST;
		});
		model.addAttribute("failure", "closing.refused." + outcome);
		model.addAllAttributes(input);
		return showClosing(itemId, model);
	}

	private static long versionOf(Long version) {
		return (version != null) ? version : -2;
	}

}
