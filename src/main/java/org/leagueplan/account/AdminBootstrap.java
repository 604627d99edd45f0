package org.leagueplan.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * At the first start on an empty database, creates the account {@code admin}: with the
 * password from {@code LEAGUEPLAN_ADMIN_PASSWORD}, or else a random one that is printed
 * once to the log and must be changed at the first login. There is no default password.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	static final String ADMIN_USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final String configuredPassword;

	private final Clock clock;

	AdminBootstrap(UserAccountRepository users, PasswordEncoder passwordEncoder,
			@Value("${leagueplan.admin-password:}") String configuredPassword, Clock clock) {
		this.users = users;
		this.clock = clock;
		this.passwordEncoder = passwordEncoder;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		boolean generated = !StringUtils.hasText(this.configuredPassword);
		String password = generated ? randomPassword() : this.configuredPassword;
		UserAccount admin = new UserAccount(ADMIN_USERNAME, "系统管理员", this.passwordEncoder.encode(password),
				EnumSet.of(Role.ADMIN), this.clock.instant());
		if (generated) {
			admin.requirePasswordChange();
		}
		this.users.save(admin);
		if (generated) {
			log.warn(
					"Created the first account '{}' with the one-time password: {}  (it must be changed at the "
							+ "first login; set LEAGUEPLAN_ADMIN_PASSWORD to choose it instead)",
					ADMIN_USERNAME, password);
		}
		else {
			log.info("Created the first account '{}' with the password from LEAGUEPLAN_ADMIN_PASSWORD", ADMIN_USERNAME);
		}
	}

	static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
