package org.leagueplan.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: the plan list, from where the current plan is one click away.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/plans/current";
	}

}
