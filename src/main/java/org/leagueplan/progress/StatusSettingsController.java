package org.leagueplan.progress;

import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators set the thresholds of the status lights (docs/status-rules.md).
 */
@Controller
@RequestMapping("/admin/status-settings")
class StatusSettingsController {

	private static final String VIEW_SETTINGS = "progress/settings";

	private final StatusSettingsRowRepository settings;

	private final ApplicationEventPublisher events;

	StatusSettingsController(StatusSettingsRowRepository settings, ApplicationEventPublisher events) {
		this.settings = settings;
		this.events = events;
	}

	@ModelAttribute("rollups")
	Rollup[] rollups() {
		return Rollup.values();
	}

	@GetMapping
	String initForm(Model model) {
		StatusSettingsRow row = this.settings.findById(1).orElseThrow();
		StatusSettings current = row.settings();
		StatusSettingsForm form = new StatusSettingsForm();
		form.setYellowThreshold(current.yellowThreshold());
		form.setStaleDays(current.staleDays());
		form.setRollup(current.rollup());
		form.setVersion(row.getVersion());
		model.addAttribute("statusSettingsForm", form);
		return VIEW_SETTINGS;
	}

	@PostMapping
	@Transactional
	String processForm(@Valid StatusSettingsForm statusSettingsForm, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW_SETTINGS;
		}
		StatusSettingsRow row = this.settings.findById(1).orElseThrow();
		if (statusSettingsForm.getVersion() == null || statusSettingsForm.getVersion() != row.getVersion()) {
			redirect.addFlashAttribute("failure", "statusSettings.stale");
			return "redirect:/admin/status-settings";
		}
		String before = row.settings().toString();
		row.update(statusSettingsForm.getYellowThreshold(), statusSettingsForm.getStaleDays(),
				statusSettingsForm.getRollup());
		this.events.publishEvent(
				new ProgressReported("STATUS_SETTINGS_CHANGED", "status settings", before + " -> " + row.settings()));
		redirect.addFlashAttribute("message", "statusSettings.saved");
		return "redirect:/admin/status-settings";
	}

}
