package org.leagueplan.account;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions live in the database: they time out after 30 idle minutes and 12 hours in all,
 * and end at logout, when the account is disabled, and when the password changes; a
 * person sees their sessions and ends the others.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
@SuppressWarnings("unchecked")
class SessionTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	@SuppressWarnings("rawtypes")
	private FindByIndexNameSessionRepository sessions;

	@Test
	void sessionIsStoredInTheDatabaseWithAThirtyMinuteIdleTimeout() throws Exception {
		UserAccount staff = this.users.createAccount(Role.STAFF, Set.of(), false);
		WebClient browser = loggedIn(staff);
		Session stored = this.sessions.findById(browser.sessionId());
		assertThat(stored).isNotNull();
		assertThat(stored.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
		assertThat(this.sessions.findByPrincipalName(staff.getUsername())).containsKey(browser.sessionId());
	}

	@Test
	void pagesOpenedTogetherRightAfterLoginAllLoad() throws Exception {
		WebClient browser = loggedIn(this.users.createAccount(Role.STAFF, Set.of(), false));
		java.util.concurrent.ExecutorService tabs = java.util.concurrent.Executors.newFixedThreadPool(10);
		java.util.List<java.util.concurrent.Future<Integer>> pages = new java.util.ArrayList<>();
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		String cookie = browser.sessionCookie();
		for (int i = 0; i < 10; i++) {
			pages.add(tabs.submit(() -> {
				start.await();
				return this.mvc
					.perform(get("/plans").cookie(new jakarta.servlet.http.Cookie(WebClient.SESSION_COOKIE, cookie)))
					.andReturn()
					.getResponse()
					.getStatus();
			}));
		}
		start.countDown();
		for (java.util.concurrent.Future<Integer> page : pages) {
			assertThat(page.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
		}
		tabs.shutdown();
	}

	@Test
	void sessionOlderThanTwelveHoursEndsWhateverTheActivity() throws Exception {
		WebClient browser = loggedIn(this.users.createAccount(Role.STAFF, Set.of(), false));
		Session stored = this.sessions.findById(browser.sessionId());
		stored.setAttribute(AccountSessions.LOGIN_AT, System.currentTimeMillis() - Duration.ofHours(13).toMillis());
		this.sessions.save(stored);
		browser.perform(get("/plans")).andExpect(redirectedUrl("/login?expired"));
		browser.perform(get("/plans")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		UserAccount staff = this.users.createAccount(Role.STAFF, Set.of(), false);
		WebClient browser = loggedIn(staff);
		String id = browser.sessionId();
		browser.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
		assertThat(this.sessions.findById(id)).isNull();
	}

	@Test
	void passwordChangeEndsEverySession() throws Exception {
		UserAccount staff = this.users.createAccount(Role.STAFF, Set.of(), false);
		WebClient first = loggedIn(staff);
		WebClient second = loggedIn(staff);
		String newPassword = "一个全新的而且足够长的密码";
		first
			.perform(post("/account/password").with(csrf())
				.param("currentPassword", TestUsers.PASSWORD)
				.param("newPassword", newPassword)
				.param("confirmPassword", newPassword))
			.andExpect(redirectedUrl("/login"));
		second.perform(get("/plans")).andExpect(redirectedUrl("/login"));
		assertThat(this.sessions.findByPrincipalName(staff.getUsername())).isEmpty();
	}

	@Test
	void disablingAnAccountEndsItsSessionsAtOnce() throws Exception {
		UserAccount staff = this.users.createAccount(Role.STAFF, Set.of(), false);
		WebClient user = loggedIn(staff);
		WebClient admin = loggedIn(this.users.createAccount(Role.ADMIN, Set.of(), false));
		admin.perform(post("/admin/users/{id}/disable", staff.getId()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		user.perform(get("/plans")).andExpect(redirectedUrl("/login"));
		new WebClient(this.mvc).from("127.0.4.1")
			.login(staff.getUsername(), TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void personSeesTheirSessionsAndEndsAnotherByAHandleThatIsNotTheSessionId() throws Exception {
		UserAccount staff = this.users.createAccount(Role.STAFF, Set.of(), false);
		WebClient office = loggedIn(staff);
		WebClient home = loggedIn(staff);
		String page = office.perform(get("/account/sessions"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (WebClient browser : List.of(office, home)) {
			String id = browser.sessionId();
			assertThat(page).doesNotContain(id.substring(0, 8), id.replace("-", "").substring(0, 8),
					browser.sessionCookie().substring(0, 8),
					Base64.getUrlEncoder().encodeToString(id.getBytes()).substring(0, 8));
		}
		Matcher form = Pattern.compile("action=\"/account/sessions/([^/\"]+)/end\"").matcher(page);
		assertThat(form.find()).as("a form to end the other session").isTrue();
		String handle = form.group(1);
		assertThat(form.find()).as("only the other session can be ended").isFalse();
		assertThat(page).contains(handle.substring(0, 8));

		office.perform(post("/account/sessions/{handle}/end", handle).with(csrf()))
			.andExpect(redirectedUrl("/account/sessions"));
		home.perform(get("/plans")).andExpect(redirectedUrl("/login"));
		office.perform(get("/plans")).andExpect(status().isOk());
		office.perform(post("/account/sessions/{id}/end", office.sessionId()).with(csrf()))
			.andExpect(redirectedUrl("/account/sessions"));
		office.perform(get("/plans")).andExpect(status().isOk());
	}

	@Test
	void anotherPersonsSessionCannotBeEndedByItsHandleOrId() throws Exception {
		UserAccount person = this.users.createAccount(Role.STAFF, Set.of(), false);
		WebClient victim = loggedIn(person);
		WebClient victimElsewhere = loggedIn(person);
		String victimPage = victimElsewhere.perform(get("/account/sessions"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher form = Pattern.compile("action=\"/account/sessions/([^/\"]+)/end\"").matcher(victimPage);
		assertThat(form.find()).isTrue();
		String victimHandle = form.group(1);
		WebClient attacker = loggedIn(this.users.createAccount(Role.STAFF, Set.of(), false));
		attacker.perform(post("/account/sessions/{handle}/end", victimHandle).with(csrf()));
		attacker.perform(post("/account/sessions/{id}/end", victim.sessionId()).with(csrf()));
		victim.perform(get("/plans")).andExpect(status().isOk());
	}

	private WebClient loggedIn(UserAccount user) throws Exception {
		WebClient browser = new WebClient(this.mvc);
		browser.login(user.getUsername(), TestUsers.PASSWORD).andExpect(redirectedUrl("/"));
		return browser;
	}

}
