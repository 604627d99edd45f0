package org.leagueplan.account;

import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logging in, the one-time password that must be changed first, changing a password under
 * the password policy, and the error pages. Sessions live in the database (Spring
 * Session), carried by the session cookie.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
class LoginAndPasswordTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Test
	void loginPageIsInChineseByDefault() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		this.mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Username")));
	}

	@Test
	void adminLogsInWithTheConfiguredPassword() throws Exception {
		WebClient browser = new WebClient(this.mvc);
		browser.login("admin", TestDatabaseConfiguration.ADMIN_PASSWORD).andExpect(redirectedUrl("/"));
		browser.perform(get("/plans")).andExpect(status().isOk());
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
		UserAccount staff = this.users.createAccount(Role.STAFF, java.util.Set.of(), false);
		new WebClient(this.mvc).from("127.0.1.1")
			.login(staff.getUsername(), "wrong-password-123")
			.andExpect(redirectedUrl("/login?error"));
		new WebClient(this.mvc).from("127.0.1.2")
			.login("nobody-" + UUID.randomUUID(), "wrong-password-123")
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void usernameIsCaseInsensitive() throws Exception {
		UserAccount staff = this.users.createAccount(Role.STAFF, java.util.Set.of(), false);
		new WebClient(this.mvc).login(staff.getUsername().toUpperCase(), TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void loginChangesTheSessionId() throws Exception {
		WebClient browser = new WebClient(this.mvc);
		browser.perform(get("/login"));
		String before = browser.sessionId();
		assertThat(before).isNotNull();
		browser.login("admin", TestDatabaseConfiguration.ADMIN_PASSWORD).andExpect(redirectedUrl("/"));
		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void oneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
		UserAccount user = this.users.oneTimePasswordAccount(Role.STAFF);
		WebClient browser = new WebClient(this.mvc);
		browser.login(user.getUsername(), TestUsers.PASSWORD).andExpect(redirectedUrl("/"));
		browser.perform(get("/plans")).andExpect(redirectedUrl("/account/password"));
		browser.perform(get("/account/password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-forced\"")))
			.andExpect(content().string(containsString("您正在使用一次性密码")))
			.andExpect(content().string(not(containsString("href=\"/plans\""))))
			.andExpect(content().string(not(containsString("href=\"/dashboard\""))))
			.andExpect(content().string(not(containsString("href=\"/account/sessions\""))))
			.andExpect(content().string(not(containsString("href=\"/account/mfa\""))));

		String newPassword = "换一个新的而且足够长的密码";
		browser.perform(change(TestUsers.PASSWORD, newPassword, newPassword)).andExpect(redirectedUrl("/login"));
		browser.perform(get("/plans")).andExpect(redirectedUrl("/login"));

		WebClient fresh = new WebClient(this.mvc);
		fresh.login(user.getUsername(), newPassword).andExpect(redirectedUrl("/"));
		fresh.perform(get("/plans")).andExpect(status().isOk());
		new WebClient(this.mvc).from("127.0.1.3")
			.login(user.getUsername(), TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void passwordChangeFollowsThePasswordPolicy() throws Exception {
		UserAccount user = this.users.createAccount(Role.STAFF, java.util.Set.of(), false);
		WebClient browser = new WebClient(this.mvc);
		browser.login(user.getUsername(), TestUsers.PASSWORD);
		browser.perform(get("/account/password"))
			.andExpect(content().string(not(containsString("id=\"password-forced\""))))
			.andExpect(content().string(containsString("href=\"/plans\"")))
			.andExpect(content().string(containsString("href=\"/account/sessions\"")));
		String other = "另一个足够长的新密码";
		browser.perform(change("wrong-current-pw", other, other))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.current.wrong"));
		browser.perform(change(TestUsers.PASSWORD, "太短的密码", "太短的密码"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.length"));
		browser.perform(change(TestUsers.PASSWORD, "1qaz2wsx3edc", "1qaz2wsx3edc"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.weak"))
			.andExpect(content().string(containsString("含有常见密码")));
		String withName = "my-" + user.getUsername() + "-secret";
		browser.perform(change(TestUsers.PASSWORD, withName, withName))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.containsUsername"));
		browser.perform(change(TestUsers.PASSWORD, "我爱团区委的工作计划系统", "我爱团区委的工作计划系统"))
			.andExpect(
					model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.containsOrganization"));
		browser.perform(change(TestUsers.PASSWORD, other, "不一样的足够长的新密码"))
			.andExpect(
					model().attributeHasFieldErrorCode("passwordForm", "confirmPassword", "password.confirm.mismatch"));
		browser.perform(change(TestUsers.PASSWORD, "password1234", "password1234"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.weak"))
			.andExpect(content().string(containsString("这个密码太容易被猜到")))
			.andExpect(content().string(containsString("含有常见密码")));
		String sixtyFourChinese = PasswordPolicyTests.SIXTY_FOUR_CHINESE;
		browser.perform(change(TestUsers.PASSWORD, sixtyFourChinese, sixtyFourChinese))
			.andExpect(redirectedUrl("/login"));
		new WebClient(this.mvc).login(user.getUsername(), sixtyFourChinese).andExpect(redirectedUrl("/"));
	}

	@Test
	void errorPagesAreInChineseWithoutStackTraces() throws Exception {
		this.mvc.perform(get("/items/987654321").with(user("leader").roles("LEADER")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
		this.mvc
			.perform(get("/error").with(user("leader").roles("LEADER"))
				.accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail"))
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/plans/1"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(containsString("系统错误")))
			.andExpect(content().string(not(containsString("secret detail"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))));
	}

	private static MockHttpServletRequestBuilder change(String current, String next, String confirm) {
		return post("/account/password").with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", confirm);
	}

}
