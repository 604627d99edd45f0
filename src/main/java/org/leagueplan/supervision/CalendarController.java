package org.leagueplan.supervision;

import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's reporting calendar: everyone logged in reads it; ADMIN and the plan-wide
 * editors set it (off until set).
 */
@Controller
@RequestMapping("/plans/{planId}/calendar")
class CalendarController {

	private static final String VIEW_CALENDAR = "supervision/calendar";

	private final ReportCalendarRepository calendars;

	private final PlanQueries plans;

	private final PlanPermissions permissions;

	private final ApplicationEventPublisher events;

	CalendarController(ReportCalendarRepository calendars, PlanQueries plans, PlanPermissions permissions,
			ApplicationEventPublisher events) {
		this.calendars = calendars;
		this.plans = plans;
		this.permissions = permissions;
		this.events = events;
	}

	@ModelAttribute("frequencies")
	ReportFrequency[] frequencies() {
		return ReportFrequency.values();
	}

	@GetMapping
	String initForm(@PathVariable long planId, Model model) {
		PlanRef plan = this.plans.plan(planId);
		ReportCalendar calendar = this.calendars.findById(planId).orElse(null);
		model.addAttribute("calendarForm", (calendar != null) ? CalendarForm.of(calendar) : new CalendarForm());
		return show(plan, calendar, model);
	}

	@PostMapping
	@Transactional
	String processForm(@PathVariable long planId, CalendarForm calendarForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PlanRef plan = this.plans.plan(planId);
		if (!this.permissions.mayEditPlan()) {
			throw new AccessDeniedException("a plan's reporting calendar needs the plan-wide right");
		}
		ReportCalendar calendar = this.calendars.findById(planId).orElse(null);
		calendarForm.check(result);
		if (result.hasErrors()) {
			return show(plan, calendar, model);
		}
		long expected = (calendar != null) ? calendar.getVersion() : -1;
		long given = (calendarForm.getVersion() != null) ? calendarForm.getVersion() : -1;
		if (expected != given) {
			redirect.addFlashAttribute("failure", "calendar.stale");
			return "redirect:/plans/" + planId + "/calendar";
		}
		String before = (calendar != null) ? calendar.schedule().toString() : null;
		if (calendar == null) {
			calendar = new ReportCalendar(planId);
		}
		calendar.set(calendarForm.schedule());
		this.calendars.save(calendar);
		this.events.publishEvent(new SupervisionEvent("CALENDAR_SET", "plan " + planId,
				plan.title() + ": " + before + " -> " + calendar.schedule()));
		redirect.addFlashAttribute("message", "calendar.saved");
		return "redirect:/plans/" + planId + "/calendar";
	}

	private String show(PlanRef plan, ReportCalendar calendar, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("calendar", (calendar != null) ? calendar.schedule() : null);
		model.addAttribute("editor", this.permissions.mayEditPlan());
		return VIEW_CALENDAR;
	}

}
