package org.leagueplan.account;

import java.time.Instant;
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
 * The second factor: RFC 6238 codes, enrolment with a QR code and recovery codes, and
 * login with either.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
class SecondFactorTests {

	/** RFC 6238 appendix B: the SHA-1 seed "12345678901234567890". */
	private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes());

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Test
	void codesMatchTheRfc6238TestVectors() {
		assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void aCodeIsAcceptedOnceAndOnlyNearItsTime() {
		Instant now = Instant.ofEpochSecond(1111111109);
		String code = Totp.code(RFC_SECRET, Totp.step(now));
		assertThat(Totp.matchingStep(RFC_SECRET, code, now, null)).hasValue(Totp.step(now));
		assertThat(Totp.matchingStep(RFC_SECRET, code, now, Totp.step(now))).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, code, now.plusSeconds(120), null)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "12345", now, null)).isEmpty();
	}

	@Test
	void personEnrolsThenLogsInWithACodeOrARecoveryCode() throws Exception {
		UserAccount staff = this.users.createAccount(Role.STAFF, Set.of(), false);
		WebClient browser = new WebClient(this.mvc);
		browser.login(staff.getUsername(), TestUsers.PASSWORD).andExpect(redirectedUrl("/"));
		browser.perform(post("/account/mfa/start").with(csrf())).andExpect(redirectedUrl("/account/mfa"));
		String page = browser.perform(get("/account/mfa"))
			.andExpect(content().string(containsString("data:image/svg+xml;base64,")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = firstGroup(page, "id=\"mfa-secret\"[^>]*>([A-Z2-7]+)<");

		browser.perform(post("/account/mfa/confirm").with(csrf()).param("code", "000000"))
			.andExpect(redirectedUrl("/account/mfa"));
		browser.perform(get("/account/mfa")).andExpect(content().string(containsString("验证码不正确")));
		assertThat(this.users.reload(staff).isMfaEnabled()).isFalse();
		long now = Totp.step(Instant.now());
		browser.perform(post("/account/mfa/confirm").with(csrf()).param("code", Totp.code(secret, now)))
			.andExpect(redirectedUrl("/account/mfa"));
		assertThat(this.users.reload(staff).isMfaEnabled()).isTrue();
		String codesPage = browser.perform(get("/account/mfa")).andReturn().getResponse().getContentAsString();
		List<String> recovery = Pattern.compile(">([a-z2-9]{5}-[a-z2-9]{5})<")
			.matcher(codesPage)
			.results()
			.map(match -> match.group(1))
			.toList();
		assertThat(recovery).hasSize(10);

		WebClient second = new WebClient(this.mvc);
		second.login(staff.getUsername(), TestUsers.PASSWORD).andExpect(redirectedUrl("/login/mfa"));
		second.perform(get("/plans")).andExpect(redirectedUrl("/login/mfa"));
		second.perform(post("/login/mfa").with(csrf()).param("code", Totp.code(secret, now)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("验证码不正确")));
		String before = second.sessionId();
		second.perform(post("/login/mfa").with(csrf()).param("code", Totp.code(secret, now + 1)))
			.andExpect(redirectedUrl("/"));
		assertThat(second.sessionId()).isNotEqualTo(before);
		second.perform(get("/plans")).andExpect(status().isOk());

		WebClient third = new WebClient(this.mvc);
		third.login(staff.getUsername(), TestUsers.PASSWORD).andExpect(redirectedUrl("/login/mfa"));
		third.perform(post("/login/mfa").with(csrf()).param("code", recovery.get(0))).andExpect(redirectedUrl("/"));
		WebClient fourth = new WebClient(this.mvc);
		fourth.login(staff.getUsername(), TestUsers.PASSWORD);
		fourth.perform(post("/login/mfa").with(csrf()).param("code", recovery.get(0))).andExpect(status().isOk());
	}

	private static String firstGroup(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as("page contains %s", regex).isTrue();
		return matcher.group(1);
	}

}
