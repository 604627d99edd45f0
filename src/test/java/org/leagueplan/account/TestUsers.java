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

	@Transactional
	public UserAccount create(Role role, Set<Long> unitIds, boolean planWideEditor) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		UserAccount user = new UserAccount(username, "测试" + role.name(), this.encoder.encode(PASSWORD),
				EnumSet.of(role), Instant.now(this.clock));
		user.update(user.getDisplayName(), EnumSet.of(role), unitIds, planWideEditor);
		return this.users.save(user);
	}

	/** An account that has been disabled (a person who left). */
	@Transactional
	public UserAccount disabled(Role role) {
		UserAccount user = create(role, Set.of(), false);
		user.setEnabled(false);
		return this.users.save(user);
	}

	/** An account with the given username. */
	@Transactional
	public UserAccount created(String username, Role role) {
		return this.users.save(new UserAccount(username, "测试" + username, this.encoder.encode(PASSWORD), EnumSet.of(role), Instant.now(this.clock)));
	}

	/** An account whose second factor is on, with the given TOTP secret and no recovery codes. */
	@Transactional
	public UserAccount withSecondFactor(Role role, String secret) {
		UserAccount user = create(role, Set.of(), false);
		user.startMfaEnrolment(secret);
		user.enableMfa(0);
		return this.users.save(user);
	}

	@Transactional
	public UserAccount withOneTimePassword(Role role) {
		UserAccount user = create(role, Set.of(), false);
		user.requirePasswordChange();
		return this.users.save(user);
	}

	/** The account as the session holds it, for {@code SecurityMockMvcRequestPostProcessors.user(...)}. */
	@Transactional(readOnly = true)
	public UserDetails principal(UserAccount user) {
		return new AccountUser(this.users.findById(user.getId()).orElseThrow(), Instant.now(this.clock));
	}

	@Transactional(readOnly = true)
	public UserAccount reload(UserAccount user) {
		return this.users.findById(user.getId()).orElseThrow();
	}

}
