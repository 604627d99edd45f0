package org.leagueplan.account.internal;

import java.util.EnumSet;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logging in, the one-time password that must be changed first, changing a password, and the error pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class LoginAndPasswordTests {

	private static final String PASSWORD = "一个足够长的测试密码";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private PasswordEncoder encoder;

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
		this.mvc.perform(formLogin().user("admin").password(TestDatabaseConfiguration.ADMIN_PASSWORD))
			.andExpect(authenticated().withUsername("admin").withRoles("ADMIN"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
		this.mvc.perform(formLogin().user("admin").password("wrong-password-123"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user("nobody-" + UUID.randomUUID()).password("wrong-password-123"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void usernameIsCaseInsensitive() throws Exception {
		String username = newUser(false);
		this.mvc.perform(formLogin().user(username.toUpperCase()).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void loginChangesTheSessionId() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = this.mvc
			.perform(post("/login").session(session)
				.with(csrf())
				.param("username", "admin")
				.param("password", TestDatabaseConfiguration.ADMIN_PASSWORD))
			.andExpect(authenticated())
			.andReturn();
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
	}

	@Test
	void oneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
		String username = newUser(true);
		MockHttpSession session = login(username, PASSWORD);
		this.mvc.perform(get("/plans").session(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

		String newPassword = "换一个新的而且足够长的密码";
		this.mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", newPassword)
			.param("confirmPassword", newPassword)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/plans").session(session)).andExpect(redirectedUrl("/login"));

		MockHttpSession fresh = login(username, newPassword);
		this.mvc.perform(get("/plans").session(fresh)).andExpect(status().isOk());
		this.mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated());
	}

	@Test
	void passwordChangeChecksCurrentPasswordLengthAndConfirmation() throws Exception {
		String username = newUser(false);
		MockHttpSession session = login(username, PASSWORD);
		this.mvc.perform(change(session, "wrong-current-pw", "另一个足够长的新密码", "另一个足够长的新密码"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.current.wrong"));
		this.mvc.perform(change(session, PASSWORD, "太短的密码", "太短的密码"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "Size"));
		this.mvc.perform(change(session, PASSWORD, "另一个足够长的新密码", "不一样的足够长的新密码"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "confirmPassword",
					"password.confirm.mismatch"));
		String sixtyFourChinese = "密".repeat(64);
		this.mvc.perform(change(session, PASSWORD, sixtyFourChinese, sixtyFourChinese))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(formLogin().user(username).password(sixtyFourChinese)).andExpect(authenticated());
	}

	@Test
	void errorPagesAreInChineseWithoutStackTraces() throws Exception {
		MockHttpSession session = login("admin", TestDatabaseConfiguration.ADMIN_PASSWORD);
		this.mvc.perform(get("/items/987654321").session(session).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
		this.mvc.perform(get("/error").session(session)
			.accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail"))
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/plans/1"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(containsString("系统错误")))
			.andExpect(content().string(not(containsString("secret detail"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))));
	}

	private org.springframework.test.web.servlet.RequestBuilder change(MockHttpSession session, String current,
			String next, String confirm) {
		return post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", confirm);
	}

	private MockHttpSession login(String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult result = this.mvc
			.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", password))
			.andExpect(authenticated())
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession();
	}

	private String newUser(boolean oneTimePassword) {
		String username = "user" + UUID.randomUUID().toString().substring(0, 8);
		UserAccount account = new UserAccount(username, "测试用户", this.encoder.encode(PASSWORD),
				EnumSet.of(Role.STAFF));
		if (oneTimePassword) {
			account.requirePasswordChange();
		}
		this.users.save(account);
		return username;
	}

}
