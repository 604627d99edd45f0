package org.leagueplan.account;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing is slowed per account and per client address, with growing delays and no
 * permanent lockout.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
class LoginThrottleTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private DataSource dataSource;

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
		UserAccount staff = this.users.createAccount(Role.STAFF, Set.of(), false);
		for (int i = 0; i < 5; i++) {
			new WebClient(this.mvc).from("127.0.2." + (i + 1))
				.login(staff.getUsername(), "wrong-password-" + i)
				.andExpect(redirectedUrl("/login?error"));
		}
		new WebClient(this.mvc).from("127.0.2.9")
			.login(staff.getUsername(), TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/login?throttled"));

		UserAccount admin = this.users.createAccount(Role.ADMIN, Set.of(), false);
		this.mvc.perform(
				post("/admin/users/{id}/unlock", staff.getId()).with(csrf()).with(user(this.users.principal(admin))));
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
		UserAccount staff = this.users.createAccount(Role.STAFF, Set.of(), false);
		new WebClient(this.mvc).from("127.0.3.1")
			.login(staff.getUsername(), TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/login?throttled"));
		new WebClient(this.mvc).from("127.0.3.2")
			.login(staff.getUsername(), TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void spellingsOfAThrottledNameAreThrottledOrRefusedButNeverLogIn() throws Exception {
		UserAccount staff = this.users.createAccount(Role.STAFF, Set.of(), false);
		String name = staff.getUsername();
		for (int i = 0; i < 5; i++) {
			new WebClient(this.mvc).from("127.0.5." + (i + 1))
				.login(name, "wrong-password-" + i)
				.andExpect(redirectedUrl("/login?error"));
		}
		StringBuilder fullwidth = new StringBuilder();
		name.chars().forEach(c -> fullwidth.append((char) (c + 0xFEE0)));
		List<String> spellings = List.of(name + "\u0001", name + "\u001b", "\u0000" + name, name.toUpperCase(),
				" " + name, name + "\t", fullwidth.toString(), "\u00a0" + name);
		int address = 20;
		for (String spelling : spellings) {
			String answer = new WebClient(this.mvc).from("127.0.5." + address++)
				.login(spelling, TestUsers.PASSWORD)
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			assertThat(answer).as("login as %s", spelling.codePoints().mapToObj(Integer::toHexString).toList())
				.isIn("/login?throttled", "/login?error");
		}
		new WebClient(this.mvc).from("127.0.5.99")
			.login(name, TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/login?throttled"));
	}

	@Test
	void aNameWithControlCharactersIsAnOrdinaryFailureThatCountsForTheAddress() throws Exception {
		UserAccount staff = this.users.createAccount(Role.STAFF, Set.of(), false);
		for (String name : List.of("\u0000admin", "admin\u0000", "ad\u0000min", "\u0000", "admin\u0085",
				"\ud800admin")) {
			assertThatCode(() -> new WebClient(this.mvc).from("127.0.6.1")
				.login(name, "wrong-password")
				.andExpect(redirectedUrl("/login?error"))).doesNotThrowAnyException();
		}
		new WebClient(this.mvc).from("127.0.6.1")
			.login(staff.getUsername(), TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/login?throttled"));
		new WebClient(this.mvc).from("127.0.6.2")
			.login(staff.getUsername(), TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void fortySimultaneousWrongPasswordsForOneAccountEvaluateAtMostFive() throws Exception {
		UserAccount staff = this.users.createAccount(Role.STAFF, Set.of(), false);
		fillTheConnectionPool();
		ExecutorService attackers = Executors.newFixedThreadPool(40);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> answers = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String address = "127.0.7." + (i + 1);
			answers.add(attackers.submit(() -> {
				start.await();
				var response = new WebClient(this.mvc).from(address)
					.login(staff.getUsername(), "wrong-password-" + address)
					.andReturn()
					.getResponse();
				return response.getStatus() + " " + response.getRedirectedUrl();
			}));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> answer : answers) {
			results.add(answer.get(120, TimeUnit.SECONDS));
		}
		attackers.shutdown();
		assertThat(results).allMatch(r -> r.equals("302 /login?error") || r.equals("302 /login?throttled"),
				"302 to error or throttled");
		long evaluated = results.stream().filter("302 /login?error"::equals).count();
		assertThat(evaluated).as("evaluated: %s", results).isBetween(1L, (long) LoginThrottle.FREE_FAILURES);
		// every evaluated attempt was counted, and none other: the account waits after
		// exactly five in all
		for (long i = evaluated; i < LoginThrottle.FREE_FAILURES; i++) {
			new WebClient(this.mvc).from("127.0.7.99")
				.login(staff.getUsername(), "wrong-password-again-" + i)
				.andExpect(redirectedUrl("/login?error"));
		}
		new WebClient(this.mvc).from("127.0.7.100")
			.login(staff.getUsername(), TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/login?throttled"));
	}

	/**
	 * Production keeps its ten connections open; the test run lets an idle pool shrink to
	 * one ({@code TestDatabaseConfiguration}). Open all ten first, so that the attack
	 * meets the pool as in production.
	 */
	private void fillTheConnectionPool() throws Exception {
		List<Connection> connections = new ArrayList<>();
		try {
			for (int i = 0; i < 10; i++) {
				connections.add(this.dataSource.getConnection());
			}
		}
		finally {
			for (Connection connection : connections) {
				connection.close();
			}
		}
	}

}
