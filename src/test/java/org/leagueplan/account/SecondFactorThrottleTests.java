package org.leagueplan.account;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing the second factor is slowed like guessing passwords: per account, with the
 * same growing delays, and every wrong or refused code is in the audit log.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
class SecondFactorThrottleTests {

	private static final String SECRET = Totp.base32("a second factor for the throttle".getBytes());

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private org.leagueplan.TestClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@org.junit.jupiter.api.BeforeEach
	void stopTheClock() {
		this.clock.setTo(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	@org.junit.jupiter.api.AfterEach
	void startTheClock() {
		this.clock.reset();
	}

	@Test
	void afterFiveWrongCodesEvenTheRightCodeWaitsUntilTheDelayHasPassed() throws Exception {
		UserAccount staff = this.users.withSecondFactor(Role.STAFF, SECRET);
		WebClient browser = new WebClient(this.mvc).from("127.0.8.1");
		browser.login(staff.getUsername(), TestUsers.PASSWORD).andExpect(redirectedUrl("/login/mfa"));
		for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
			browser.perform(post("/login/mfa").with(csrf()).param("code", wrongCode()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("验证码不正确")));
		}
		// another session of the same account (the password is known) is held up too
		WebClient other = new WebClient(this.mvc).from("127.0.8.2");
		other.login(staff.getUsername(), TestUsers.PASSWORD).andExpect(redirectedUrl("/login/mfa"));
		for (WebClient session : List.of(browser, other)) {
			session.perform(post("/login/mfa").with(csrf()).param("code", rightCode()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("尝试次数过多")))
				.andExpect(content().string(not(containsString("验证码不正确"))));
		}

		this.clock.advance(LoginThrottle.FIRST_DELAY.plusSeconds(1));
		browser.perform(post("/login/mfa").with(csrf()).param("code", rightCode())).andExpect(redirectedUrl("/"));

		assertThat(countAudit("MFA_FAILURE", staff)).isEqualTo(LoginThrottle.FREE_FAILURES);
		assertThat(countAudit("MFA_THROTTLED", staff)).isEqualTo(2);
	}

	@Test
	void aRightCodeClearsTheCountSoEarlierSlipsDoNotAddUp() throws Exception {
		UserAccount staff = this.users.withSecondFactor(Role.STAFF, SECRET);
		for (int round = 0; round < 2; round++) {
			WebClient browser = new WebClient(this.mvc).from("127.0.8.3");
			browser.login(staff.getUsername(), TestUsers.PASSWORD).andExpect(redirectedUrl("/login/mfa"));
			for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
				browser.perform(post("/login/mfa").with(csrf()).param("code", wrongCode()))
					.andExpect(content().string(containsString("验证码不正确")));
			}
			this.clock.advance(Duration.ofSeconds(30));
			browser.perform(post("/login/mfa").with(csrf()).param("code", rightCode())).andExpect(redirectedUrl("/"));
		}
	}

	private String rightCode() {
		return Totp.code(SECRET, Totp.step(this.clock.instant()));
	}

	/** A code that matches none of the steps around now. */
	private String wrongCode() {
		long step = Totp.step(this.clock.instant());
		int candidate = 0;
		while (true) {
			String code = String.format("%06d", candidate++);
			if (!code.equals(Totp.code(SECRET, step - 1)) && !code.equals(Totp.code(SECRET, step))
					&& !code.equals(Totp.code(SECRET, step + 1))) {
				return code;
			}
		}
	}

	private int countAudit(String kind, UserAccount user) {
		return this.jdbc.queryForObject("select count(*) from audit_event where kind = ? and subject = ?",
				Integer.class, kind, user.getUsername());
	}

}
