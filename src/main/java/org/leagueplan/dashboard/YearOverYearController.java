package org.leagueplan.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The year-over-year view (同比) of a plan copied into a new year, for everyone who sees
 * the dashboard. The day travels in the address; a day that is no date or not of the
 * plan's year is refused with a message, and the default day shown instead.
 */
@Controller
class YearOverYearController {

	private static final String VIEW_YEAR_OVER_YEAR = "dashboard/yearOverYear";

	private final YearOverYearService service;

	private final PlanQueries plans;

	YearOverYearController(YearOverYearService service, PlanQueries plans) {
		this.service = service;
		this.plans = plans;
	}

	@GetMapping("/plans/{planId}/year-over-year")
	String showYearOverYear(@PathVariable long planId, @RequestParam(required = false) String day, Model model) {
		PlanRef plan = this.plans.plan(planId);
		LocalDate shown = this.service.defaultDay(plan.year());
		if (StringUtils.hasText(day)) {
			try {
				LocalDate asked = LocalDate.parse(day.strip());
				if (asked.getYear() == plan.year()) {
					shown = asked;
				}
				else {
					model.addAttribute("dayError", "yoy.day.outsideYear");
				}
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("dayError", "yoy.day.invalid");
			}
		}
		model.addAttribute("yoy", this.service.build(planId, shown));
		return VIEW_YEAR_OVER_YEAR;
	}

}
