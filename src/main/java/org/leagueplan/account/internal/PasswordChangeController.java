package org.leagueplan.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.leagueplan.account.AccountEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person changes their own password; required before anything else when the account was given a one-time
 * password. The new password must pass the {@link PasswordPolicy}; after the change every session of the account
 * ends and the person logs in again with the new password.
 */
@Controller
@RequestMapping("/account/password")
class PasswordChangeController {

	private static final String VIEW_PASSWORD_FORM = "account/password";

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final AccountSessions sessions;

	private final ApplicationEventPublisher events;

	PasswordChangeController(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			AccountSessions sessions, ApplicationEventPublisher events) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.sessions = sessions;
		this.events = events;
	}

	@ModelAttribute("passwordForm")
	PasswordChangeForm passwordForm() {
		return new PasswordChangeForm();
	}

	@GetMapping
	String initForm() {
		return VIEW_PASSWORD_FORM;
	}

	@PostMapping
	@Transactional
	String processForm(@AuthenticationPrincipal AccountUser principal,
			@Valid @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		UserAccount account = this.users.findById(principal.getId()).orElseThrow();
		if (form.getCurrentPassword() != null
				&& !this.passwordEncoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
			result.rejectValue("currentPassword", "password.current.wrong");
		}
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		if (form.getNewPassword() != null && form.getNewPassword().equals(form.getCurrentPassword())) {
			result.rejectValue("newPassword", "password.new.same");
		}
		if (form.getNewPassword() != null) {
			this.policy.violations(form.getNewPassword(), account.getUsername())
				.forEach(code -> result.rejectValue("newPassword", code));
		}
		if (result.hasErrors()) {
			return VIEW_PASSWORD_FORM;
		}
		account.changePassword(this.passwordEncoder.encode(form.getNewPassword()));
		this.events.publishEvent(AccountEvent.of("PASSWORD_CHANGED", account.getUsername(), "password changed"));
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		this.sessions.endAll(account.getUsername(), null);
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:/login";
	}

}
