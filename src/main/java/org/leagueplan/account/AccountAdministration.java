package org.leagueplan.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.leagueplan.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * What an administrator does to accounts: create them with a one-time password, change
 * name, roles, units and the plan-wide right, disable and enable, reset the password,
 * unlock after failed logins, end all sessions. There is always at least one enabled
 * administrator. Every change is published for the audit log.
 */
@Service
@Transactional
class AccountAdministration {

	/** How long a one-time password given by an administrator logs in. */
	static final Duration ONE_TIME_PASSWORD_VALIDITY = Duration.ofHours(72);

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AccountSessions sessions;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountAdministration(UserAccountRepository users, PasswordEncoder passwordEncoder, AccountSessions sessions,
			LoginThrottle throttle, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<UserAccount> search(String text, Pageable pageable) {
		String pattern = StringUtils.hasText(text) ? "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%"
				: null;
		return this.users.search(pattern, pageable);
	}

	@Transactional(readOnly = true)
	public UserAccount user(long userId) {
		return this.users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
	}

	@Transactional(readOnly = true)
	public boolean usernameTaken(String username) {
		return this.users.existsByUsername(UserAccount.normalize(username));
	}

	/** Whether the change would leave no enabled administrator. */
	@Transactional(readOnly = true)
	public boolean wouldRemoveLastAdmin(UserAccount user, boolean staysEnabled, boolean staysAdmin) {
		return user.isActiveAdmin() && !(staysEnabled && staysAdmin) && this.users.countActiveAdmins() <= 1;
	}

	/** Creates the account; answers the one-time password to hand to the person. */
	public Created create(UserForm form) {
		String password = AdminBootstrap.randomPassword();
		UserAccount user = new UserAccount(form.getUsername(), form.getDisplayName(), "", form.getRoles(),
				this.clock.instant());
		user.update(form.getDisplayName(), form.getRoles(), form.getUnitIds(), form.isPlanWideEditor());
		user.setEmail(form.getEmail());
		user.giveOneTimePassword(this.passwordEncoder.encode(password), oneTimeExpiry());
		this.users.save(user);
		publish("ACCOUNT_CREATED", user, null, describe(user));
		return new Created(user.getId(), password);
	}

	/**
	 * Applies the form if the account is still at the form's version; answers whether it
	 * was.
	 */
	public boolean update(long userId, UserForm form) {
		UserAccount user = user(userId);
		if (form.getVersion() == null || form.getVersion() != user.getVersion()) {
			return false;
		}
		String before = describe(user);
		user.update(form.getDisplayName(), form.getRoles(), form.getUnitIds(), form.isPlanWideEditor());
		user.setEmail(form.getEmail());
		publish("ACCOUNT_UPDATED", user, before, describe(user));
		return true;
	}

	public void setEnabled(long userId, boolean enabled) {
		UserAccount user = user(userId);
		user.setEnabled(enabled);
		if (!enabled) {
			this.sessions.endAll(user.getUsername(), null);
		}
		publish(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", user, null, null);
	}

	/**
	 * Gives a new one-time password and ends the account's sessions; answers the
	 * password.
	 */
	public String resetPassword(long userId) {
		UserAccount user = user(userId);
		String password = AdminBootstrap.randomPassword();
		user.giveOneTimePassword(this.passwordEncoder.encode(password), oneTimeExpiry());
		this.sessions.endAll(user.getUsername(), null);
		publish("PASSWORD_RESET", user, null, null);
		return password;
	}

	public void unlock(long userId) {
		UserAccount user = user(userId);
		this.throttle.unlock(user.getUsername());
		publish("ACCOUNT_UNLOCKED", user, null, null);
	}

	public int endSessions(long userId) {
		UserAccount user = user(userId);
		int ended = this.sessions.endAll(user.getUsername(), null);
		publish("SESSIONS_ENDED", user, null, "ended=" + ended);
		return ended;
	}

	private java.time.Instant oneTimeExpiry() {
		return this.clock.instant().plus(ONE_TIME_PASSWORD_VALIDITY);
	}

	private void publish(String kind, UserAccount user, String before, String after) {
		this.events.publishEvent(new AccountEvent(kind, user.getUsername(), null, before, after));
	}

	private static String describe(UserAccount user) {
		return UserForm.describe(user.getDisplayName(), user.getRoles(), user.getUnitIds(), user.isPlanWideEditor())
				+ "; enabled=" + user.isEnabled() + ((user.getEmail() != null) ? "; email=" + user.getEmail() : "");
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** A new account and its one-time password. */
	public record Created(long userId, String oneTimePassword) {
	}

}
