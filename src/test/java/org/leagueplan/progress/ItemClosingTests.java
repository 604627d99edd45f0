package org.leagueplan.progress;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUser;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
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
 * Closing an item (办结销号) on PostgreSQL with a fixed clock: the item's staff ask with a
 * summary, a reviewer (never of their own request) accepts — the item is completed — or
 * returns it with a reason, a reviewer or ADMIN reopens it with a reason; every refused
 * step (wrong unit, leader, anonymous, own request, stale version, bad input) saves
 * nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class ItemClosingTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEvents events;

	private PlanRef plan;

	private ItemRef item;

	private UserDetails admin;

	private TestUser staffUser;

	private UserDetails staff;

	private TestUser reviewerUser;

	private UserDetails reviewer;

	private UserDetails otherUnitStaff;

	private UserDetails planWideStaff;

	private UserDetails leader;

	@BeforeEach
	void setUp() throws Exception {
		this.clock.setTo(TODAY, LocalTime.of(10, 0));
		this.plan = this.plans.create(1, 1, 1);
		this.item = this.plans.firstItem(this.plan);
		long unit = this.item.leadUnitId();
		long otherUnit = this.plans.unit("其他单位 " + this.plan.id()).id();
		this.admin = principal(Role.ADMIN, Set.of(), false);
		this.staffUser = this.users.create(Role.STAFF, Set.of(unit), false);
		this.staff = this.users.principal(this.staffUser);
		// the reviewer is also staff of the item's unit: may ask, and not accept that
		this.reviewerUser = this.users.create(Role.STAFF, Set.of(unit), false);
		this.reviewer = this.users.principal(this.reviewerUser);
		this.otherUnitStaff = principal(Role.STAFF, Set.of(otherUnit), false);
		this.planWideStaff = principal(Role.STAFF, Set.of(), true);
		this.leader = principal(Role.LEADER, Set.of(), false);
		as(this.admin,
				post("/plans/{p}/reviewers", this.plan.id()).param("userId", Long.toString(this.reviewerUser.id())))
			.andExpect(flash().attribute("message", "review.reviewers.added"));
		this.jdbc.sql("update plan_item set status = 'IN_PROGRESS' where id = ?").param(this.item.id()).update();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private UserDetails principal(Role role, Set<Long> units, boolean planWide) {
		return this.users.principal(this.users.create(role, units, planWide));
	}

	private ResultActions as(UserDetails person, MockHttpServletRequestBuilder request) throws Exception {
		request.with(csrf());
		if (person != null) {
			request.with(user(person));
		}
		return this.mvc.perform(request);
	}

	private ResultActions ask(UserDetails person, long version, String summary) throws Exception {
		return as(person, post("/items/{i}/closing", this.item.id()).param("version", Long.toString(version))
			.param("summary", summary));
	}

	private ResultActions decide(UserDetails person, String step, long version, String reason) throws Exception {
		MockHttpServletRequestBuilder request = post("/items/{i}/closing/" + step, this.item.id()).param("version",
				Long.toString(version));
		if (reason != null) {
			request.param("reason", reason);
		}
		return as(person, request);
	}

	private long version() {
		return this.jdbc.sql("select coalesce(max(version), -1) from item_closing where item_id = ?")
			.param(this.item.id())
			.query(Long.class)
			.single();
	}

	private String state() {
		return this.jdbc.sql("select coalesce(max(state), 'NONE') from item_closing where item_id = ?")
			.param(this.item.id())
			.query(String.class)
			.single();
	}

	private String itemStatus() {
		return this.jdbc.sql("select status from plan_item where id = ?")
			.param(this.item.id())
			.query(String.class)
			.single();
	}

	private long trailSteps() {
		return this.jdbc.sql("select count(*) from item_closing_step where item_id = ?")
			.param(this.item.id())
			.query(Long.class)
			.single();
	}

	private List<String> auditKinds() {
		return this.jdbc
			.sql("select kind from audit_event where subject = ? and kind like '%CLOSING%' "
					+ "or subject = ? and kind = 'ITEM_REOPENED' order by id")
			.params("item " + this.item.id(), "item " + this.item.id())
			.query(String.class)
			.list();
	}

	/** Nothing of the closing changed since the snapshot. */
	private void assertUnchanged(String state, long version, long steps, String status) {
		assertThat(state()).isEqualTo(state);
		assertThat(version()).isEqualTo(version);
		assertThat(trailSteps()).isEqualTo(steps);
		assertThat(itemStatus()).isEqualTo(status);
	}

	private String closingUrl() {
		return "/items/" + this.item.id() + "/closing";
	}

	@Test
	void staffAskAReviewerAcceptsAndTheItemIsCompleted() throws Exception {
		as(this.staff, get(closingUrl())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"closing-request\"")))
			.andExpect(content().string(not(containsString("id=\"closing-accept\""))));
		ask(this.staff, -1, "全部完成，材料已归档").andExpect(redirectedUrl(closingUrl()))
			.andExpect(flash().attribute("message", "closing.requested"));
		assertThat(state()).isEqualTo("REQUESTED");
		assertThat(itemStatus()).isEqualTo("IN_PROGRESS");
		assertThat(this.events.stream(ClosingRequested.class)).singleElement()
			.satisfies(event -> assertThat(event.requesterId()).isEqualTo(this.staffUser.id()));

		as(this.reviewer, get(closingUrl())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"closing-accept\"")))
			.andExpect(content().string(containsString("全部完成，材料已归档")));
		as(this.reviewer, get("/plans/{p}/reviews", this.plan.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"closing-queue\"")));

		decide(this.reviewer, "accept", version(), null).andExpect(redirectedUrl(closingUrl()))
			.andExpect(flash().attribute("message", "closing.accepted"));
		assertThat(state()).isEqualTo("ACCEPTED");
		assertThat(itemStatus()).isEqualTo("COMPLETED");
		assertThat(trailSteps()).isEqualTo(2);
		assertThat(this.events.stream(ClosingDecided.class)).singleElement().satisfies(event -> {
			assertThat(event.accepted()).isTrue();
			assertThat(event.reviewerId()).isEqualTo(this.reviewerUser.id());
			assertThat(event.requesterId()).isEqualTo(this.staffUser.id());
		});
		assertThat(auditKinds()).containsExactly("CLOSING_REQUESTED", "CLOSING_ACCEPTED");
		as(this.staff, get(closingUrl())).andExpect(content().string(containsString("id=\"closing-trail\"")))
			.andExpect(content().string(not(containsString("id=\"closing-request\""))));
	}

	@Test
	void aReturnedRequestIsAskedAgainAndAClosedItemIsReopenedWithAReason() throws Exception {
		ask(this.staff, -1, "完成").andExpect(status().is3xxRedirection());
		decide(this.admin, "return", version(), "缺少佐证").andExpect(redirectedUrl(closingUrl()));
		assertThat(state()).isEqualTo("RETURNED");
		assertThat(itemStatus()).isEqualTo("IN_PROGRESS");
		assertThat(this.events.stream(ClosingDecided.class)).singleElement()
			.satisfies(event -> assertThat(event.reason()).isEqualTo("缺少佐证"));

		ask(this.staff, version(), "补充了佐证").andExpect(status().is3xxRedirection());
		decide(this.admin, "accept", version(), null).andExpect(status().is3xxRedirection());
		assertThat(itemStatus()).isEqualTo("COMPLETED");

		// reopening: a reason is required; staff of the unit may not
		long steps = trailSteps();
		decide(this.admin, "reopen", version(), " ").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("必须填写理由")));
		decide(this.staff, "reopen", version(), "再做").andExpect(status().isForbidden());
		assertUnchanged("ACCEPTED", version(), steps, "COMPLETED");

		decide(this.reviewer, "reopen", version(), "发现遗漏").andExpect(redirectedUrl(closingUrl()))
			.andExpect(flash().attribute("message", "closing.reopened"));
		assertThat(state()).isEqualTo("REOPENED");
		assertThat(itemStatus()).isEqualTo("IN_PROGRESS");
		assertThat(auditKinds()).containsExactly("CLOSING_REQUESTED", "CLOSING_RETURNED", "CLOSING_REQUESTED",
				"CLOSING_ACCEPTED", "ITEM_REOPENED");
		// and it may be asked to close again
		ask(this.staff, version(), "再次完成").andExpect(status().is3xxRedirection());
		assertThat(state()).isEqualTo("REQUESTED");
	}

	@Test
	void aRequestRefusedForTheWrongPersonAStaleVersionOrBadInputSavesNothing() throws Exception {
		ask(this.otherUnitStaff, -1, "完成").andExpect(status().isForbidden());
		ask(this.leader, -1, "完成").andExpect(status().isForbidden());
		ask(null, -1, "完成").andExpect(redirectedUrl("/login"));
		ask(this.staff, 3, "完成").andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被他人处理或修改")));
		ask(this.staff, -1, "  ").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写办结情况说明")));
		ask(this.staff, -1, "长".repeat(2001)).andExpect(status().isBadRequest());
		ask(this.staff, -1, "完成\u0007").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("控制字符")));
		assertUnchanged("NONE", -1, 0, "IN_PROGRESS");
		assertThat(this.events.stream(ClosingRequested.class)).isEmpty();

		ask(this.staff, -1, "完成").andExpect(status().is3xxRedirection());
		long version = version();
		// a second request while one waits
		ask(this.reviewer, version, "又一次").andExpect(status().isConflict());
		assertUnchanged("REQUESTED", version, 1, "IN_PROGRESS");
	}

	@Test
	void aDecisionRefusedForTheWrongPersonOwnRequestStaleVersionOrBadReasonSavesNothing() throws Exception {
		ask(this.reviewer, -1, "我单位已完成").andExpect(status().is3xxRedirection());
		long version = version();
		decide(this.reviewer, "accept", version, null).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("不能审核自己提出的办结申请")));
		decide(this.reviewer, "return", version, "自己退回").andExpect(status().isForbidden());
		decide(this.staff, "accept", version, null).andExpect(status().isForbidden());
		decide(this.otherUnitStaff, "accept", version, null).andExpect(status().isForbidden());
		decide(this.planWideStaff, "accept", version, null).andExpect(status().isForbidden());
		decide(this.leader, "accept", version, null).andExpect(status().isForbidden());
		decide(null, "accept", version, null).andExpect(redirectedUrl("/login"));
		decide(this.admin, "accept", version + 1, null).andExpect(status().isConflict());
		decide(this.admin, "return", version, null).andExpect(status().isBadRequest());
		decide(this.admin, "return", version, "长".repeat(501)).andExpect(status().isBadRequest());
		decide(this.admin, "return", version, "理由\u0000").andExpect(status().isBadRequest());
		decide(this.admin, "reopen", version, "未办结").andExpect(status().isConflict());
		assertUnchanged("REQUESTED", version, 1, "IN_PROGRESS");
		assertThat(this.events.stream(ClosingDecided.class)).isEmpty();

		decide(this.admin, "accept", version, null).andExpect(status().is3xxRedirection());
		// decided already: the page that still shows the old version is told
		decide(this.admin, "return", version, "晚了").andExpect(status().isConflict());
		assertUnchanged("ACCEPTED", version(), 2, "COMPLETED");
	}

}
