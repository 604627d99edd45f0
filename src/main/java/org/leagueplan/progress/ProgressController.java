package org.leagueplan.progress;

import jakarta.validation.Valid;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.system.PlainTextEditor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reporting progress: on a target (value or done, as of a date, with evidence;
 * corrections), on an item (status update), the target's planned values, the chart data,
 * and evidence downloads.
 */
@Controller
class ProgressController {

	private static final String VIEW_TARGET = "progress/targetProgress";

	private static final String VIEW_ITEM = "progress/itemUpdates";

	private final ProgressService service;

	private final ProgressReading reading;

	private final RectificationQueries rectifications;

	ProgressController(ProgressService service, ProgressReading reading, RectificationQueries rectifications) {
		this.service = service;
		this.reading = reading;
		this.rectifications = rectifications;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, PlainTextEditor.trimming());
	}

	@GetMapping("/targets/{targetId}/progress")
	String showTarget(@PathVariable long targetId, @RequestParam(required = false) Long corrects,
			@RequestParam(required = false) Long revises, Model model) {
		TargetProgressView view = this.reading.target(targetId);
		ReportForm form = new ReportForm();
		// the plan's default day (today, within the plan's year), the day the page is
		// judged on
		form.setAsOf(view.today());
		form.setCorrectsId(corrects);
		if (revises != null) {
			// a revision starts from the returned report as it was
			ProgressReport returned = this.reading.returned(targetId, revises);
			form.setRevisesId(revises);
			form.setValue(returned.getValue());
			form.setDone(Boolean.TRUE.equals(returned.getDone()));
			form.setAsOf(returned.getAsOf());
			form.setNarrative(returned.getNarrative());
			form.setReason(returned.getReason());
			form.setCorrectiveAction(returned.getCorrectiveAction());
			form.setCorrectsId(returned.getCorrectsId());
		}
		model.addAttribute("reportForm", form);
		model.addAttribute("view", view);
		model.addAttribute("rectification", this.rectifications.inProgressOfTarget(targetId).orElse(null));
		return VIEW_TARGET;
	}

	@PostMapping("/targets/{targetId}/progress")
	String report(@PathVariable long targetId, @Valid ReportForm reportForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		java.util.Optional<Long> made = this.service.report(targetId, reportForm, result);
		if (made.isEmpty()) {
			model.addAttribute("view", this.reading.target(targetId));
			model.addAttribute("rectification", this.rectifications.inProgressOfTarget(targetId).orElse(null));
			return VIEW_TARGET;
		}
		redirect.addFlashAttribute("message",
				this.reading.isPending(made.get()) ? "review.report.pending" : "report.saved");
		return "redirect:/targets/{targetId}/progress";
	}

	@GetMapping("/targets/{targetId}/progress/chart")
	@ResponseBody
	ProgressReading.Chart chart(@PathVariable long targetId) {
		return this.reading.chart(targetId);
	}

	/**
	 * Planned values, one per line: a date and a value, e.g. {@code 2023-06-30 10}.
	 * Refused text is shown again with what is wrong, and nothing is stored.
	 */
	@PostMapping("/targets/{targetId}/planned")
	String plan(@PathVariable long targetId, @RequestParam(required = false) String lines, Model model,
			RedirectAttributes redirect) {
		try {
			this.service.replacePlannedValues(targetId, lines);
		}
		catch (PlannedValues.Refused ex) {
			model.addAttribute("plannedLines", lines);
			model.addAttribute("plannedProblem", ex.key());
			model.addAttribute("plannedProblemArguments", ex.arguments());
			return showTarget(targetId, null, null, model);
		}
		redirect.addFlashAttribute("message", "planned.saved");
		return "redirect:/targets/{targetId}/progress";
	}

	@GetMapping("/items/{itemId}/updates")
	String showItem(@PathVariable long itemId, Model model) {
		model.addAttribute("itemUpdateForm", new ItemUpdateForm());
		return showItemPage(itemId, model);
	}

	@PostMapping("/items/{itemId}/updates")
	String updateItem(@PathVariable long itemId, @Valid ItemUpdateForm itemUpdateForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (this.service.updateItem(itemId, itemUpdateForm, result).isEmpty()) {
			return showItemPage(itemId, model);
		}
		redirect.addFlashAttribute("message", "itemUpdate.saved");
		return "redirect:/items/{itemId}/updates";
	}

	private String showItemPage(long itemId, Model model) {
		model.addAttribute("view", this.reading.item(itemId));
		model.addAttribute("statuses", ItemStatus.values());
		return VIEW_ITEM;
	}

	/** An evidence file, always as a download with a safe name, never shown inline. */
	@GetMapping("/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(@PathVariable long evidenceId) {
		Evidence file = this.reading.evidence(evidenceId);
		if (!file.isFile()) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(this.reading.content(evidenceId));
	}

}
