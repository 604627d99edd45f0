package org.leagueplan.account;

import java.util.Set;
import java.util.UUID;
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
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators create accounts with a one-time password, find them, change roles and
 * units, reset passwords, and can never remove the last enabled administrator.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
class UserAdministrationTests {

	private static final java.time.Instant NOW = java.time.Instant.parse("2026-03-01T02:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Test
	void newAccountGetsAOneTimePasswordShownOnceThatMustBeChanged() throws Exception {
		WebClient admin = admin();
		String username = "Zhang.San" + UUID.randomUUID().toString().substring(0, 4);
		MvcResult created = admin
			.perform(post("/admin/users/new").with(csrf())
				.param("username", username)
				.param("displayName", "张三")
				.param("roles", "STAFF"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String page = admin.perform(get(created.getResponse().getRedirectedUrl()))
			.andExpect(content().string(containsString("id=\"one-time-password\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher password = Pattern.compile("user-select-all\">([A-Za-z0-9]{20})<").matcher(page);
		assertThat(password.find()).isTrue();
		admin.perform(get(created.getResponse().getRedirectedUrl()))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"one-time-password\""))));

		WebClient person = new WebClient(this.mvc);
		person.login(username.toLowerCase(), password.group(1)).andExpect(redirectedUrl("/"));
		person.perform(get("/plans")).andExpect(redirectedUrl("/account/password"));
		person.perform(get("/account/password"))
			.andExpect(content().string(containsString("您正在使用一次性密码")))
			.andExpect(content().string(containsString("这个一次性密码的有效期到 ")));

		admin
			.perform(post("/admin/users/new").with(csrf())
				.param("username", username.toUpperCase())
				.param("displayName", "另一个张三")
				.param("roles", "LEADER"))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "username", "user.username.taken"));
	}

	@Test
	void userListIsSearchedAndPagedKeepingTheSearch() throws Exception {
		String prefix = "page" + UUID.randomUUID().toString().substring(0, 6);
		for (int i = 0; i < 25; i++) {
			this.users.created(prefix + "-" + (100 + i), Role.LEADER);
		}
		WebClient admin = admin();
		String first = admin.perform(get("/admin/users?q=" + prefix.toUpperCase()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Pattern.compile(prefix + "-1\\d\\d")
			.matcher(first)
			.results()
			.map(java.util.regex.MatchResult::group)
			.distinct()
			.count()).isEqualTo(20);
		assertThat(first).contains("/admin/users?q=" + prefix.toUpperCase() + "&amp;page=1");
		String second = admin.perform(get("/admin/users?q=" + prefix + "&page=1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Pattern.compile(prefix + "-1\\d\\d")
			.matcher(second)
			.results()
			.map(java.util.regex.MatchResult::group)
			.distinct()
			.count()).isEqualTo(5);
	}

	@Test
	void invalidAccountFormsAreRefusedWithMessages() throws Exception {
		WebClient admin = admin();
		admin.perform(post("/admin/users/new").with(csrf()).param("username", "a b").param("displayName", ""))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "username", "Pattern"))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "displayName", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "roles", "NotEmpty"))
			.andExpect(content().string(containsString("请至少选择一项")));
		admin
			.perform(post("/admin/users/new").with(csrf())
				.param("username", "unit-check")
				.param("displayName", "x")
				.param("roles", "STAFF")
				.param("unitIds", "987654"))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "unitIds", "unit.unknown"));
	}

	@Test
	void anOptionalEmailIsSavedClearedAndAMalformedOneIsRefused(@Autowired UserDirectory directory) throws Exception {
		UserAccount staff = this.users.createAccount(Role.STAFF, Set.of(), false);
		WebClient admin = admin();
		admin
			.perform(post("/admin/users/{id}/edit", staff.getId()).with(csrf())
				.param("version", Long.toString(staff.getVersion()))
				.param("displayName", "李四")
				.param("roles", "STAFF")
				.param("email", "not-an-address"))
			.andExpect(model().attributeHasFieldErrors("userForm", "email"))
			.andExpect(content().string(containsString("请填写有效的电子邮箱地址")));
		assertThat(directory.email(staff.getId())).isEmpty();
		admin
			.perform(post("/admin/users/{id}/edit", staff.getId()).with(csrf())
				.param("version", Long.toString(staff.getVersion()))
				.param("displayName", "李四")
				.param("roles", "STAFF")
				.param("email", " li.si@example.org "))
			.andExpect(status().is3xxRedirection());
		assertThat(directory.email(staff.getId())).contains("li.si@example.org");
		admin.perform(get("/admin/users/{id}/edit", staff.getId()))
			.andExpect(content().string(containsString("value=\"li.si@example.org\"")));
		admin
			.perform(post("/admin/users/{id}/edit", staff.getId()).with(csrf())
				.param("version", Long.toString(this.users.reload(staff).getVersion()))
				.param("displayName", "李四")
				.param("roles", "STAFF")
				.param("email", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(directory.email(staff.getId())).isEmpty();
	}

	@Test
	void rolesUnitsAndPlanWideRightAreSavedAndAStaleFormIsNotApplied() throws Exception {
		UserAccount staff = this.users.createAccount(Role.STAFF, Set.of(), false);
		WebClient admin = admin();
		admin
			.perform(post("/admin/users/{id}/edit", staff.getId()).with(csrf())
				.param("version", Long.toString(staff.getVersion()))
				.param("displayName", "李四")
				.param("roles", "STAFF", "LEADER")
				.param("planWideEditor", "true"))
			.andExpect(redirectedUrl("/admin/users"));
		UserAccount saved = this.users.reload(staff);
		assertThat(saved.getRoles()).containsExactlyInAnyOrder(Role.STAFF, Role.LEADER);
		assertThat(saved.isPlanWideEditor()).isTrue();
		admin
			.perform(post("/admin/users/{id}/edit", staff.getId()).with(csrf())
				.param("version", Long.toString(staff.getVersion()))
				.param("displayName", "王五")
				.param("roles", "STAFF"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("stale", true));
		assertThat(this.users.reload(staff).getDisplayName()).isEqualTo("李四");
	}

	@Test
	void resetPasswordReplacesTheOldOne() throws Exception {
		UserAccount staff = this.users.createAccount(Role.STAFF, Set.of(), false);
		admin().perform(post("/admin/users/{id}/reset-password", staff.getId()).with(csrf()));
		UserAccount reset = this.users.reload(staff);
		assertThat(reset.isMustChangePassword()).isTrue();
		assertThat(reset.getPasswordExpiresAt()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofHours(71)));
		new WebClient(this.mvc).from("127.0.6.1")
			.login(staff.getUsername(), TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void lastEnabledAdministratorCannotBeDisabledOrDemoted() {
		UserAccountRepository repository = mock(UserAccountRepository.class);
		AccountAdministration administration = new AccountAdministration(repository, null, null, null, null, null);
		UserAccount onlyAdmin = new UserAccount("root", "管理员", "x", Set.of(Role.ADMIN), NOW);
		given(repository.countActiveAdmins()).willReturn(1L);
		assertThat(administration.wouldRemoveLastAdmin(onlyAdmin, false, true)).isTrue();
		assertThat(administration.wouldRemoveLastAdmin(onlyAdmin, true, false)).isTrue();
		assertThat(administration.wouldRemoveLastAdmin(onlyAdmin, true, true)).isFalse();
		given(repository.countActiveAdmins()).willReturn(2L);
		assertThat(administration.wouldRemoveLastAdmin(onlyAdmin, false, true)).isFalse();
		UserAccount staff = new UserAccount("staff", "职员", "x", Set.of(Role.STAFF), NOW);
		given(repository.countActiveAdmins()).willReturn(1L);
		assertThat(administration.wouldRemoveLastAdmin(staff, false, false)).isFalse();
	}

	@Test
	void oneTimePasswordExpiresAfterItsValidity() {
		UserAccount user = new UserAccount("temp", "临时", "x", Set.of(Role.STAFF), NOW);
		user.giveOneTimePassword("hash", NOW.minusSeconds(1));
		assertThat(new AccountUser(withId(user), NOW).isCredentialsNonExpired()).isFalse();
		user.giveOneTimePassword("hash", NOW.plusSeconds(3600));
		assertThat(new AccountUser(withId(user), NOW).isCredentialsNonExpired()).isTrue();
	}

	private static UserAccount withId(UserAccount user) {
		org.springframework.test.util.ReflectionTestUtils.setField(user, "id", 1L);
		return user;
	}

	private WebClient admin() throws Exception {
		WebClient admin = new WebClient(this.mvc);
		admin.login(this.users.create(Role.ADMIN, Set.of(), false).username(), TestUsers.PASSWORD)
			.andExpect(redirectedUrl("/"));
		return admin;
	}

}
