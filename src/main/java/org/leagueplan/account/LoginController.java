package org.leagueplan.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Our own login page; Spring Security processes the POST.
 */
@Controller
class LoginController {

	private static final String VIEW_LOGIN = "account/login";

	@GetMapping("/login")
	String login() {
		return VIEW_LOGIN;
	}

}
