package org.leagueplan.system;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: the first page a module claims for the person ({@link StartPage}, e.g.
 * 我的待办 for staff), else the current plan.
 */
@Controller
class HomeController {

	private final ObjectProvider<StartPage> startPages;

	HomeController(ObjectProvider<StartPage> startPages) {
		this.startPages = startPages;
	}

	@GetMapping("/")
	String home() {
		return "redirect:" + this.startPages.orderedStream()
			.map(StartPage::pathForCurrentUser)
			.flatMap(Optional::stream)
			.findFirst()
			.orElse("/plans/current");
	}

}
