package org.leagueplan.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.WebClient;
import org.leagueplan.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Guessing is slowed per account and per client address, with growing delays and no permanent lockout.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
class LoginThrottleTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Test
	void delaysStartAtTheFifthFailureDoubleAndStopAtFifteenMinutes() {
		LoginThrottleEntry entry = new LoginThrottleEntry();
		Instant now = Instant.parse("2026-01-05T08:00:00Z");
		for (int i = 1; i <= 4; i++) {
			entry.fail(now, 5, Duration.ofSeconds(30), Duration.ofMinutes(15));
			assertThat(entry.isBlocked(now)).isFalse();
		}
		entry.fail(now, 5, Duration.ofSeconds(30), Duration.ofMinutes(15));
		assertThat(entry.getBlockedUntil()).isEqualTo(now.plusSeconds(30));
		entry.fail(now, 5, Duration.ofSeconds(30), Duration.ofMinutes(15));
		assertThat(entry.getBlockedUntil()).isEqualTo(now.plusSeconds(60));
		for (int i = 0; i < 10; i++) {
			entry.fail(now, 5, Duration.ofSeconds(30), Duration.ofMinutes(15));
		}
		assertThat(entry.getBlockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
		assertThat(entry.isBlocked(now.plus(Duration.ofMinutes(16)))).isFalse();
	}

	@Test
	void aQuietHourForgetsEarlierFailures() {
		LoginThrottleEntry entry = new LoginThrottleEntry();
		Instant now = Instant.parse("2026-01-05T08:00:00Z");
		for (int i = 0; i < 4; i++) {
			entry.fail(now, 5, Duration.ofSeconds(30), Duration.ofMinutes(15));
		}
		entry.fail(now.plus(Duration.ofMinutes(61)), 5, Duration.ofSeconds(30), Duration.ofMinutes(15));
		assertThat(entry.getFailures()).isEqualTo(1);
		assertThat(ReflectionTestUtils.getField(entry, "blockedUntil")).isNull();
	}

	@Test
	void afterFiveFailuresEvenTheRightPasswordWaitsAndAdminCanUnlock() throws Exception {
		UserAccount staff = this.users.create(Role.STAFF, Set.of(), false);
		for (int i = 0; i < 5; i++) {
			new WebClient(this.mvc).from("127.0.2." + (i + 1))
				.login(staff.getUsername(), "wrong-password-" + i)
				.andExpect(redirectedUrl("/login?error"));
		}
		new WebClient(this.mvc).from("127.0.2.9")
			.login(staff.getUsername(), TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/login?throttled"));

		UserAccount admin = this.users.create(Role.ADMIN, Set.of(), false);
		this.mvc.perform(post("/admin/users/{id}/unlock", staff.getId()).with(csrf()).with(user(this.users.principal(admin))));
		new WebClient(this.mvc).from("127.0.2.10")
			.login(staff.getUsername(), TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void oneAddressGuessingManyAccountsIsSlowedToo() throws Exception {
		for (int i = 0; i < 5; i++) {
			new WebClient(this.mvc).from("127.0.3.1")
				.login("guess-" + i + "-" + System.nanoTime(), "wrong-password")
				.andExpect(redirectedUrl("/login?error"));
		}
		UserAccount staff = this.users.create(Role.STAFF, Set.of(), false);
		new WebClient(this.mvc).from("127.0.3.1")
			.login(staff.getUsername(), TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/login?throttled"));
		new WebClient(this.mvc).from("127.0.3.2")
			.login(staff.getUsername(), TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/"));
	}

}
