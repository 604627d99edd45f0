package org.leagueplan.supervision;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUser;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanStatus;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The office presses an item by hand: the owner and the lead unit's staff get a PRESSED
 * notice with the message, the audit log a line, the item's timeline the press; others,
 * the anonymous and bad messages are refused and save nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class PressTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	record Fixture(PlanRef plan, ItemRef item, TestUser owner, TestUser staff) {
	}

	private Fixture fixture() {
		TestUser owner = this.users.create(Role.STAFF, Set.of(), false);
		PlanRef plan = this.plans.create(1, 1, 1, List.of(owner.id()));
		this.plans.status(plan, PlanStatus.ACTIVE);
		ItemRef item = this.plans.items(plan).get(0);
		TestUser staff = this.users.create(Role.STAFF, Set.of(item.leadUnitId()), false);
		return new Fixture(plan, item, owner, staff);
	}

	private MockHttpServletRequestBuilder press(ItemRef item, TestUser person, String message) {
		MockHttpServletRequestBuilder request = post("/items/{id}/press", item.id()).with(csrf());
		if (message != null) {
			request.param("message", message);
		}
		return (person != null) ? request.with(user(this.users.principal(person))) : request;
	}

	private List<String> notices(ItemRef item) {
		return this.jdbc.queryForList(
				"select kind || ' ' || user_id || ' ' || coalesce(note, '-') from inbox_entry where item_id = ?",
				String.class, item.id());
	}

	private int auditRows(ItemRef item) {
		return this.jdbc.queryForObject("select count(*) from audit_event where kind = 'ITEM_PRESSED' and subject = ?",
				Integer.class, "item " + item.id());
	}

	@Test
	void theDashboardOffersNoPressOnAPlanThatIsNotRunning() throws Exception {
		Fixture f = fixture();
		TestUser editor = this.users.create(Role.STAFF, Set.of(), true);
		String pressPath = "/items/" + f.item().id() + "/press";
		this.mvc
			.perform(get("/dashboard/items").param("plan", Long.toString(f.plan().id()))
				.with(user(this.users.principal(editor))))
			.andExpect(content().string(containsString(pressPath)));
		this.plans.status(f.plan(), PlanStatus.ARCHIVED);
		this.mvc
			.perform(get("/dashboard/items").param("plan", Long.toString(f.plan().id()))
				.with(user(this.users.principal(editor))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(pressPath))));
	}

	@Test
	void thePlanWideEditorPressesAndTheOwnerAndLeadUnitStaffAreToldWithTheMessage() throws Exception {
		Fixture f = fixture();
		TestUser editor = this.users.create(Role.STAFF, Set.of(), true);
		this.mvc
			.perform(get("/dashboard/items").param("plan", Long.toString(f.plan().id()))
				.with(user(this.users.principal(editor))))
			.andExpect(content().string(containsString("/items/" + f.item().id() + "/press")));
		this.mvc.perform(press(f.item(), editor, "  请本周五前报送  "))
			.andExpect(redirectedUrl("/items/" + f.item().id() + "/reminders"))
			.andExpect(flash().attribute("message", "reminder.pressed"));
		assertThat(notices(f.item())).containsExactlyInAnyOrder("PRESSED " + f.owner().id() + " 请本周五前报送",
				"PRESSED " + f.staff().id() + " 请本周五前报送");
		assertThat(auditRows(f.item())).isEqualTo(1);

		this.mvc.perform(get("/items/{id}/reminders", f.item().id()).with(user(this.users.principal(f.owner()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请本周五前报送")))
			.andExpect(content().string(containsString("催办")))
			.andExpect(content().string(not(containsString("id=\"press-form\""))));
		this.mvc.perform(get("/items/{id}", f.item().id()).with(user(this.users.principal(f.owner()))))
			.andExpect(content().string(containsString("/items/" + f.item().id() + "/reminders")));
	}

	@Test
	void aDoubleClickInTheSameMinuteTellsNobodyTwiceAndAnAdminMayPressWithoutAMessage() throws Exception {
		Fixture f = fixture();
		TestUser admin = this.users.create(Role.ADMIN, Set.of(), false);
		this.clock.setTo(java.time.LocalDate.of(2026, 12, 3), java.time.LocalTime.of(9, 15, 10));
		this.mvc.perform(press(f.item(), admin, null)).andExpect(flash().attribute("message", "reminder.pressed"));
		this.clock.setTo(java.time.LocalDate.of(2026, 12, 3), java.time.LocalTime.of(9, 15, 40));
		this.mvc.perform(press(f.item(), admin, "")).andExpect(flash().attribute("message", "reminder.press.nobody"));
		assertThat(notices(f.item())).containsExactlyInAnyOrder("PRESSED " + f.owner().id() + " -",
				"PRESSED " + f.staff().id() + " -");
	}

	@Test
	void othersTheAnonymousAndBadMessagesAreRefusedAndSaveNothing() throws Exception {
		Fixture f = fixture();
		TestUser leader = this.users.create(Role.LEADER, Set.of(), false);
		this.mvc.perform(press(f.item(), f.staff(), "x")).andExpect(status().isForbidden());
		this.mvc.perform(press(f.item(), leader, "x")).andExpect(status().isForbidden());
		this.mvc.perform(press(f.item(), null, "x")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(press(f.item(), leader, "x".repeat(600))).andExpect(status().isForbidden());
		TestUser admin = this.users.create(Role.ADMIN, Set.of(), false);
		this.mvc.perform(press(f.item(), admin, "长".repeat(501)))
			.andExpect(flash().attribute("failure", "reminder.press.invalid"));
		this.mvc.perform(press(f.item(), admin, "bad\u0000text")).andExpect(status().isBadRequest());
		this.mvc.perform(post("/items/{id}/press", f.item().id()).with(user(this.users.principal(admin))))
			.andExpect(status().isForbidden());
		assertThat(notices(f.item())).isEmpty();
		assertThat(auditRows(f.item())).isZero();
		this.mvc.perform(post("/items/{id}/press", 987654321L).with(csrf()).with(user(this.users.principal(admin))))
			.andExpect(status().isNotFound());
	}

}
