package org.leagueplan.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor: the code page after the password, and each person's own enrolment
 * page (turn on with a QR code and a first code, see the recovery codes once, turn off
 * with the password).
 */
@Controller
class SecondFactorController {

	private static final String VIEW_CODE = "account/mfaCode";

	private static final String VIEW_SETTINGS = "account/mfa";

	private final SecondFactor secondFactor;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final LoginHandlers login;

	private final ApplicationEventPublisher events;

	private final LoginThrottle throttle;

	private final java.time.Clock clock;

	SecondFactorController(SecondFactor secondFactor, UserAccountRepository users, PasswordEncoder passwordEncoder,
			LoginHandlers login, ApplicationEventPublisher events, LoginThrottle throttle, java.time.Clock clock) {
		this.clock = clock;
		this.secondFactor = secondFactor;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.login = login;
		this.events = events;
		this.throttle = throttle;
	}

	@GetMapping("/login/mfa")
	String codeForm() {
		return VIEW_CODE;
	}

	/**
	 * Checks the code; each try is counted for the account first ({@link LoginThrottle}),
	 * so guessing waits like guessing passwords, and every wrong or refused code goes
	 * into the audit log.
	 */
	@PostMapping("/login/mfa")
	String checkCode(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!this.throttle.admitSecondFactor(user.getUsername())) {
			this.events.publishEvent(AccountEvent.of("MFA_THROTTLED", user.getUsername(), null));
			model.addAttribute("throttled", true);
			return VIEW_CODE;
		}
		Object pending = request.getSession().getAttribute(LoginHandlers.PENDING_AUTHENTICATION);
		if (!(pending instanceof Authentication authentication) || !this.secondFactor.verify(user.getId(), code)) {
			this.events.publishEvent(AccountEvent.of("MFA_FAILURE", user.getUsername(), null));
			model.addAttribute("wrongCode", true);
			return VIEW_CODE;
		}
		this.throttle.secondFactorAccepted(user.getUsername());
		request.getSession().removeAttribute(LoginHandlers.PENDING_AUTHENTICATION);
		request.changeSessionId();
		this.login.setAuthentication(request, response, authentication);
		this.events.publishEvent(AccountEvent.of("MFA_SUCCESS", user.getUsername(), null));
		return "redirect:/";
	}

	@GetMapping("/account/mfa")
	String settings(@AuthenticationPrincipal AccountUser user, Model model) {
		UserAccount account = this.users.findById(user.getId()).orElseThrow();
		model.addAttribute("mfaEnabled", account.isMfaEnabled());
		model.addAttribute("enrolment", this.secondFactor.pendingEnrolment(user.getId()));
		return VIEW_SETTINGS;
	}

	@PostMapping("/account/mfa/start")
	String startEnrolment(@AuthenticationPrincipal AccountUser user) {
		this.secondFactor.startEnrolment(user.getId());
		return "redirect:/account/mfa";
	}

	@PostMapping("/account/mfa/confirm")
	String confirmEnrolment(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String code,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		List<String> recoveryCodes = this.secondFactor.confirmEnrolment(user.getId(), code);
		if (recoveryCodes.isEmpty()) {
			redirect.addFlashAttribute("failure", "mfa.code.wrong");
			return "redirect:/account/mfa";
		}
		refreshPrincipal(user, request, response);
		redirect.addFlashAttribute("recoveryCodes", recoveryCodes);
		redirect.addFlashAttribute("message", "mfa.enabled");
		return "redirect:/account/mfa";
	}

	@PostMapping("/account/mfa/disable")
	String disable(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String password,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		UserAccount account = this.users.findById(user.getId()).orElseThrow();
		if (password == null || !this.passwordEncoder.matches(password, account.getPasswordHash())) {
			redirect.addFlashAttribute("failure", "password.current.wrong");
			return "redirect:/account/mfa";
		}
		this.secondFactor.disable(user.getId());
		refreshPrincipal(user, request, response);
		redirect.addFlashAttribute("message", "mfa.disabled");
		return "redirect:/account/mfa";
	}

	/**
	 * The session's principal carries the second-factor flag: read it afresh after a
	 * change.
	 */
	private void refreshPrincipal(AccountUser user, HttpServletRequest request, HttpServletResponse response) {
		AccountUser fresh = new AccountUser(this.users.findById(user.getId()).orElseThrow(), this.clock.instant());
		this.login.setAuthentication(request, response,
				new UsernamePasswordAuthenticationToken(fresh, null, fresh.getAuthorities()));
	}

}
