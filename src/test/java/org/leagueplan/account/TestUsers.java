package org.leagueplan.account;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts for tests, each with a fresh username.
 */
@TestComponent
public class TestUsers {

	public static final String PASSWORD = "一个足够长的测试密码";

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final Clock clock;

	TestUsers(UserAccountRepository users, PasswordEncoder encoder, Clock clock) {
		this.users = users;
		this.clock = clock;
		this.encoder = encoder;
	}

	/** A fresh account with the role, units and plan-wide editing right. */
	@Transactional
	public TestUser create(Role role, Set<Long> unitIds, boolean planWideEditor) {
		return TestUser.of(createAccount(role, unitIds, planWideEditor));
	}

	@Transactional
	UserAccount createAccount(Role role, Set<Long> unitIds, boolean planWideEditor) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		UserAccount user = new UserAccount(username, "测试" + role.name(), this.encoder.encode(PASSWORD),
				EnumSet.of(role), Instant.now(this.clock));
		user.update(user.getDisplayName(), EnumSet.of(role), unitIds, planWideEditor);
		return this.users.save(user);
	}

	/** Gives the account an e-mail address (or takes it away with {@code null}). */
	@Transactional
	public void setEmail(TestUser user, String email) {
		UserAccount account = this.users.findById(user.id()).orElseThrow();
		account.setEmail(email);
		this.users.save(account);
	}

	/** An account that has been disabled (a person who left). */
	@Transactional
	public TestUser disabled(Role role) {
		UserAccount user = createAccount(role, Set.of(), false);
		user.setEnabled(false);
		return TestUser.of(this.users.save(user));
	}

	/** An account with the given username. */
	@Transactional
	UserAccount created(String username, Role role) {
		return this.users.save(new UserAccount(username, "测试" + username, this.encoder.encode(PASSWORD),
				EnumSet.of(role), Instant.now(this.clock)));
	}

	/**
	 * An account whose second factor is on, with the given TOTP secret and no recovery
	 * codes.
	 */
	@Transactional
	UserAccount withSecondFactor(Role role, String secret) {
		UserAccount user = createAccount(role, Set.of(), false);
		user.startMfaEnrolment(secret);
		user.enableMfa(0);
		return this.users.save(user);
	}

	/** An account that must change its one-time password at the next login. */
	@Transactional
	public TestUser withOneTimePassword(Role role) {
		return TestUser.of(oneTimePasswordAccount(role));
	}

	@Transactional
	UserAccount oneTimePasswordAccount(Role role) {
		UserAccount user = createAccount(role, Set.of(), false);
		user.requirePasswordChange();
		return this.users.save(user);
	}

	/**
	 * The account as the session holds it, for
	 * {@code SecurityMockMvcRequestPostProcessors.user(...)}.
	 */
	@Transactional(readOnly = true)
	public UserDetails principal(TestUser user) {
		return new AccountUser(this.users.findById(user.id()).orElseThrow(), Instant.now(this.clock));
	}

	@Transactional(readOnly = true)
	UserDetails principal(UserAccount user) {
		return new AccountUser(this.users.findById(user.getId()).orElseThrow(), Instant.now(this.clock));
	}

	@Transactional(readOnly = true)
	UserAccount reload(UserAccount user) {
		return this.users.findById(user.getId()).orElseThrow();
	}

}
