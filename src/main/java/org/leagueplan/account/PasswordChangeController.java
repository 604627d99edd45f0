package org.leagueplan.account;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
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
 * A person changes their own password; required before anything else when the account was
 * given a one-time password. The new password must pass the {@link PasswordPolicy}; after
 * the change every session of the account ends and the person logs in again with the new
 * password.
 * <p>
 * While the change is forced the page says why (a one-time password, until when it is
 * valid) and the layout shows no menu: every other page would only send the person back
 * here.
 */
@Controller
@RequestMapping("/account/password")
class PasswordChangeController {

	private static final String VIEW_PASSWORD_FORM = "account/password";

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final AccountSessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasswordChangeController(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			AccountSessions sessions, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * {@code passwordChangeForced} (the layout hides its menu) and, for a one-time
	 * password an administrator gave, {@code oneTimePasswordExpires}: its end in the
	 * committee's time zone.
	 */
	@ModelAttribute
	void forcedChange(@AuthenticationPrincipal AccountUser principal, Model model) {
		if (principal == null || !principal.isMustChangePassword()) {
			return;
		}
		model.addAttribute("passwordChangeForced", true);
		this.users.findById(principal.getId())
			.map(UserAccount::getPasswordExpiresAt)
			.ifPresent(expires -> model.addAttribute("oneTimePasswordExpires",
					DATE_TIME.format(expires.atZone(this.clock.getZone()))));
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
			this.policy.violations(form.getNewPassword(), account.getUsername(), account.getDisplayName())
				.forEach(code -> result.rejectValue("newPassword", code));
		}
		if (result.hasErrors()) {
			return VIEW_PASSWORD_FORM;
		}
		account.changePassword(this.passwordEncoder.encode(form.getNewPassword()));
		this.events.publishEvent(AccountEvent.of("PASSWORD_CHANGED", account.getUsername(), null));
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		this.sessions.endAll(account.getUsername(), null);
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:/login";
	}

}
