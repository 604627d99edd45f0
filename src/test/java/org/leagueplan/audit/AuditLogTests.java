package org.leagueplan.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.WebClient;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.account.TestUser;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logins, refusals, account changes and plan changes land in the audit log with who,
 * when, from where and what, before and after; text from users cannot forge a line;
 * administrators filter the log.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestUsers.class, TestPlans.class })
class AuditLogTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestPlans plans;

	@Autowired
	private AuditEntryRepository entries;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void itemChangeIsRecordedWithPersonAddressBeforeAndAfter() throws Exception {
		PlanRef plan = this.plans.create(1, 1, 0);
		ItemRef item = this.plans.firstItem(plan);
		TestUser staff = this.users.create(Role.STAFF, Set.of(item.leadUnitId()), false);
		WebClient browser = new WebClient(this.mvc).from("127.0.5.1");
		browser.login(staff.username(), TestUsers.PASSWORD);
		browser
			.perform(post("/items/{id}/edit", item.id()).with(csrf())
				.param("version", Long.toString(this.plans.version(item)))
				.param("sectionId", Long.toString(item.sectionId()))
				.param("heading", "新的标题\r\nLOGIN_SUCCESS actor=admin")
				.param("leadUnitId", item.leadUnitId().toString())
				// the item's units as they are: a unit's staff may not change them
				.param("assistUnitIds", this.jdbc
					.queryForList("select unit_id from plan_item_assist_unit where item_id = ?", Long.class, item.id())
					.stream()
					.map(String::valueOf)
					.collect(java.util.stream.Collectors.joining(",")))
				.param("status", "IN_PROGRESS"))
			.andExpect(status().is3xxRedirection());

		AuditEntry entry = latest("PLAN_UPDATED");
		assertThat(entry.getActor()).isEqualTo(staff.username());
		assertThat(entry.getClientAddress()).isEqualTo("127.0.5.1");
		assertThat(entry.getSubject()).isEqualTo("item " + item.id());
		assertThat(entry.getBeforeValue()).contains("heading=" + item.heading());
		assertThat(entry.getAfterValue()).contains("heading=新的标题\\r\\nLOGIN_SUCCESS actor=admin")
			.doesNotContain("\n", "\r");
		assertThat(latest("LOGIN_SUCCESS").getSubject()).isEqualTo(staff.username());
	}

	@Test
	void failedLoginAndRefusedAccessAreRecorded() throws Exception {
		new WebClient(this.mvc).from("127.0.5.2").login("nobody-at-all", "wrong-password-1");
		AuditEntry failure = latest("LOGIN_FAILURE");
		assertThat(failure.getSubject()).isEqualTo("nobody-at-all");
		assertThat(failure.getClientAddress()).isEqualTo("127.0.5.2");

		PlanRef plan = this.plans.create(1, 1, 0);
		ItemRef item = this.plans.firstItem(plan);
		TestUser outsider = this.users.create(Role.STAFF, Set.of(this.plans.unit("别的单位").id()), false);
		WebClient browser = new WebClient(this.mvc);
		browser.login(outsider.username(), TestUsers.PASSWORD);
		browser.perform(get("/items/{id}/edit", item.id())).andExpect(status().isForbidden());
		AuditEntry denied = latest("ACCESS_DENIED");
		assertThat(denied.getActor()).isEqualTo(outsider.username());
		assertThat(denied.getSubject()).isEqualTo("GET /items/" + item.id() + "/edit");
	}

	@Test
	void accountChangesAreRecordedAndAdminsFilterTheLog() throws Exception {
		TestUser admin = this.users.create(Role.ADMIN, Set.of(), false);
		TestUser staff = this.users.create(Role.STAFF, Set.of(), false);
		WebClient browser = new WebClient(this.mvc);
		browser.login(admin.username(), TestUsers.PASSWORD);
		browser.perform(post("/admin/users/{id}/reset-password", staff.id()).with(csrf()));
		AuditEntry reset = latest("PASSWORD_RESET");
		assertThat(reset.getActor()).isEqualTo(admin.username());
		assertThat(reset.getSubject()).isEqualTo(staff.username());

		String today = LocalDate.now(this.clock).toString();
		browser
			.perform(get("/admin/audit").param("actor", admin.username())
				.param("kind", "PASSWORD_RESET")
				.param("from", today)
				.param("to", today))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(staff.username())))
			.andExpect(content().string(containsString(">重置密码<")))
			.andExpect(content().string(not(containsString(">PASSWORD_RESET<"))))
			.andExpect(content().string(not(containsString("登录失败</td>"))));
		browser.perform(get("/admin/audit").param("actor", admin.username()).param("kind", "LOGIN_SUCCESS"))
			.andExpect(content().string(containsString(">登录成功<")))
			.andExpect(content().string(containsString("时间（" + this.clock.getZone().getId() + "）")))
			.andExpect(content().string(not(containsString("password accepted"))))
			.andExpect(content().string(not(containsString(">LOGIN_SUCCESS<"))));
		browser.perform(
				get("/admin/audit").param("actor", admin.username()).param("kind", "LOGIN_SUCCESS").param("lang", "en"))
			.andExpect(content().string(containsString(">Logged in<")));
		browser.perform(get("/admin/audit").param("kind", "PASSWORD_RESET").param("to", "2000-01-01"))
			.andExpect(content().string(not(containsString(staff.username()))));
	}

	@Autowired
	private java.time.Clock clock;

	private AuditEntry latest(String kind) {
		List<AuditEntry> all = this.entries.findAll(Sort.by(Sort.Order.desc("id")));
		return all.stream().filter(entry -> entry.getKind().equals(kind)).findFirst().orElseThrow();
	}

}
