package org.leagueplan.account;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own sessions: where they are logged in, and ending the others.
 */
@Controller
class SessionController {

	private static final String VIEW_SESSIONS = "account/sessions";

	private final AccountSessions sessions;

	SessionController(AccountSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/account/sessions")
	String listSessions(@AuthenticationPrincipal AccountUser user, HttpSession session, Model model) {
		model.addAttribute("sessions", this.sessions.list(user.getUsername(), session.getId()));
		return VIEW_SESSIONS;
	}

	/**
	 * Ends one of the person's other sessions, named by its handle (pages never show
	 * session ids).
	 */
	@PostMapping("/account/sessions/{handle}/end")
	String endSession(@AuthenticationPrincipal AccountUser user, @PathVariable String handle,
			RedirectAttributes redirect) {
		boolean ended = this.sessions.end(user.getUsername(), handle);
		redirect.addFlashAttribute(ended ? "message" : "failure", ended ? "sessions.ended" : "sessions.unknown");
		return "redirect:/account/sessions";
	}

	@PostMapping("/account/sessions/end-others")
	String endOtherSessions(@AuthenticationPrincipal AccountUser user, HttpSession session,
			RedirectAttributes redirect) {
		this.sessions.endAll(user.getUsername(), session.getId());
		redirect.addFlashAttribute("message", "sessions.othersEnded");
		return "redirect:/account/sessions";
	}

}
