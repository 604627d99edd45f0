package org.leagueplan.quota;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.system.NotFoundException;
import org.leagueplan.system.PlainTextEditor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quota pages (任务分解): an item's split targets with the units' bars, splitting a
 * target among units, a unit's report on its quota.
 */
@Controller
class QuotaController {

	static final String VIEW_ITEM = "quota/item";

	static final String VIEW_SPLIT = "quota/split";

	static final String VIEW_REPORT = "quota/report";

	static final String VIEW_CONFLICT = "quota/conflict";

	private final Quotas quotas;

	private final QuotaPages pages;

	QuotaController(Quotas quotas, QuotaPages pages) {
		this.quotas = quotas;
		this.pages = pages;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, PlainTextEditor.trimming());
	}

	@GetMapping("/items/{itemId}/quotas")
	String showItem(@PathVariable long itemId, Model model) {
		model.addAttribute("page", this.pages.item(itemId));
		return VIEW_ITEM;
	}

	@GetMapping("/targets/{targetId}/quotas/edit")
	String initSplit(@PathVariable long targetId, Model model) {
		QuotaSplitForm form = new QuotaSplitForm();
		model.addAttribute("page", this.pages.split(targetId, form));
		model.addAttribute("quotaSplitForm", form);
		return VIEW_SPLIT;
	}

	@PostMapping("/targets/{targetId}/quotas")
	String processSplit(@PathVariable long targetId, @Valid QuotaSplitForm quotaSplitForm, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Quotas.Outcome outcome;
		try {
			outcome = result.hasErrors() ? Quotas.Outcome.INVALID : this.quotas.split(targetId, quotaSplitForm, result);
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			outcome = Quotas.Outcome.CONFLICT;
		}
		if (outcome == Quotas.Outcome.INVALID) {
			if (!result.hasErrors()) {
				result.reject("quota.invalid");
			}
			model.addAttribute("page", this.pages.split(targetId, quotaSplitForm));
			return VIEW_SPLIT;
		}
		if (outcome == Quotas.Outcome.CONFLICT) {
			QuotaPages.SplitPage page = this.pages.split(targetId, new QuotaSplitForm());
			model.addAttribute("page", page);
			model.addAttribute("conflict", conflict(targetId, page, quotaSplitForm));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return VIEW_CONFLICT;
		}
		redirect.addFlashAttribute("message",
				(outcome == Quotas.Outcome.SAVED) ? "quota.split.saved" : "edit.unchanged");
		return "redirect:/items/" + page(targetId).item().itemId() + "/quotas";
	}

	private QuotaPages.SplitPage page(long targetId) {
		return this.pages.split(targetId, new QuotaSplitForm());
	}

	/**
	 * The stored and the submitted amount of every unit in either, and the stored
	 * version.
	 */
	private SplitConflict conflict(long targetId, QuotaPages.SplitPage page, QuotaSplitForm mine) {
		List<Quota> all = this.quotas.allOf(targetId);
		Map<Long, java.math.BigDecimal> stored = Quotas.amounts(all);
		Map<Long, java.math.BigDecimal> submitted = mine.getRows()
			.stream()
			.filter(row -> row != null && row.getUnitId() != null && row.getAmount() != null)
			.collect(Collectors.toMap(QuotaSplitForm.Row::getUnitId, QuotaSplitForm.Row::getAmount, (a, b) -> a));
		List<ConflictRow> rows = new ArrayList<>();
		for (UnitRef unit : page.units()) {
			if (stored.containsKey(unit.id()) || submitted.containsKey(unit.id())) {
				java.math.BigDecimal was = stored.get(unit.id());
				java.math.BigDecimal now = submitted.get(unit.id());
				boolean differs = (was == null) != (now == null) || (was != null && was.compareTo(now) != 0);
				rows.add(new ConflictRow(unit.id(), unit.name(), was, now, differs));
			}
		}
		return new SplitConflict(Quotas.splitVersion(all), rows);
	}

	/** A split that changed since the page was shown: per unit, stored and submitted. */
	record SplitConflict(long storedVersion, List<ConflictRow> rows) {
	}

	record ConflictRow(long unitId, String unitName, java.math.BigDecimal stored, java.math.BigDecimal mine,
			boolean differs) {
	}

	@GetMapping("/targets/{targetId}/quotas/{unitId}/report")
	String showReport(@PathVariable long targetId, @PathVariable long unitId, Model model) {
		QuotaReportForm form = new QuotaReportForm();
		QuotaPages.ReportPage page = this.pages.report(targetId, unitId);
		form.setAsOf(page.day());
		model.addAttribute("page", page);
		model.addAttribute("quotaReportForm", form);
		return VIEW_REPORT;
	}

	@PostMapping("/targets/{targetId}/quotas/{unitId}/report")
	String report(@PathVariable long targetId, @PathVariable long unitId, @Valid QuotaReportForm quotaReportForm,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!this.quotas.mayReportFor(unitId)) {
			// another unit's quota: its page says who reports on it (403), nothing saved
			try {
				model.addAttribute("page", this.pages.report(targetId, unitId));
			}
			catch (NotFoundException ex) {
				throw new AccessDeniedException("unit " + unitId + " is not the user's");
			}
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return VIEW_REPORT;
		}
		if (this.quotas.report(targetId, unitId, quotaReportForm, result).isEmpty()) {
			model.addAttribute("page", this.pages.report(targetId, unitId));
			return VIEW_REPORT;
		}
		redirect.addFlashAttribute("message", "quota.report.saved");
		return "redirect:/targets/{targetId}/quotas/{unitId}/report";
	}

}
