package org.leagueplan.supervision;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanStatus;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * 交办与签收 end to end: a plan made active assigns each item to its units once; changing an
 * item's units assigns the new ones and withdraws the removed ones' open assignments;
 * only a staff member of the unit signs for an assignment, and every refusal says why and
 * saves nothing; every move leaves a line in the audit log.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestAssignments.class })
class AssignmentFlowTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestAssignments waits;

	@Autowired
	private AssignmentRepository assignments;

	@Autowired
	private Assignments service;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void activatingAPlanAssignsEachUnitOfEachItemOnceEvenWhenDeliveredAgain() {
		PlanRef plan = this.plans.create(1, 2, 0);
		List<ItemRef> items = this.plans.items(plan);
		TestUser leadStaff = staffOf(items.get(0).leadUnitId());
		TestUser leader = this.users.create(Role.LEADER, Set.of(items.get(0).leadUnitId()), false);
		this.plans.activate(plan);
		for (ItemRef item : items) {
			this.waits.awaitOpen(item.id(), item.leadUnitId());
			this.waits.awaitOpen(item.id(), item.assistUnitIds().iterator().next());
		}
		this.service.assignPlan(plan.id());

		List<Assignment> made = items.stream()
			.flatMap(item -> this.assignments.findByItemIdOrderById(item.id()).stream())
			.toList();
		assertThat(made).hasSize(4).allMatch(Assignment::isOpen);
		assertThat(made).filteredOn(assignment -> assignment.getRole() == UnitRole.LEAD)
			.extracting(Assignment::getUnitId)
			.containsOnly(items.get(0).leadUnitId());
		for (Assignment assignment : made) {
			assertThat(auditLines("ASSIGNMENT_ASSIGNED", assignment.getId())).isEqualTo(1);
		}
		for (ItemRef item : items) {
			assertThat(this.jdbc.queryForObject(
					"select count(*) from inbox_entry where user_id = ? and item_id = ? and kind = 'SIGN_FOR'",
					Integer.class, leadStaff.id(), item.id()))
				.isEqualTo(1);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from inbox_entry where user_id = ?", Integer.class,
				leader.id()))
			.isZero();
	}

	@Test
	void itemsOfADraftPlanAreNotAssigned() {
		PlanRef plan = this.plans.create(1, 1, 0);
		ItemRef item = this.plans.firstItem(plan);
		this.service.assignPlan(plan.id());
		this.service.assignItem(item.id());
		assertThat(this.assignments.findByItemIdOrderById(item.id())).isEmpty();
	}

	@Test
	void changingUnitsAssignsNewOnesWithdrawsRemovedOpenOnesAndKeepsSignatures() throws Exception {
		Setup setup = activePlan();
		TestUser leadStaff = staffOf(setup.lead());
		sign(leadStaff, setup.leadAssignment(), version(setup.leadAssignment()), "收到")
			.andExpect(flash().attribute("message", "assignment.signed"));
		UnitRef newcomer = this.plans.unit("新牵头单位");

		this.plans.changeUnits(setup.item(), newcomer, Set.of());

		long added = this.waits.awaitOpen(setup.item().id(), newcomer.id());
		await().atMost(Duration.ofSeconds(30)).until(() -> stored(setup.assistAssignment()).isWithdrawn());
		assertThat(stored(setup.leadAssignment()).isSigned()).isTrue();
		assertThat(stored(setup.leadAssignment()).isWithdrawn()).isFalse();
		assertThat(stored(added).getRole()).isEqualTo(UnitRole.LEAD);
		assertThat(auditLines("ASSIGNMENT_WITHDRAWN", setup.assistAssignment())).isEqualTo(1);

		this.plans.changeUnits(setup.item(), newcomer, Set.of(new UnitRef(setup.assist(), "")));

		await().atMost(Duration.ofSeconds(30)).until(() -> stored(setup.assistAssignment()).isOpen());
		assertThat(auditLines("ASSIGNMENT_REOPENED", setup.assistAssignment())).isEqualTo(1);
	}

	@Test
	void archivingAnItemWithdrawsItsOpenAssignmentsKeepsSignaturesAndRestoringReopensThem() throws Exception {
		Setup setup = activePlan();
		TestUser leadStaff = staffOf(setup.lead());
		TestUser assistStaff = staffOf(setup.assist());
		sign(leadStaff, setup.leadAssignment(), version(setup.leadAssignment()), "收到")
			.andExpect(flash().attribute("message", "assignment.signed"));
		UserDetails office = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));

		this.mvc.perform(post("/items/{id}/archive", setup.item().id()).with(user(office)).with(csrf()))
			.andExpect(flash().attribute("message", "record.archived"));

		await().atMost(Duration.ofSeconds(30)).until(() -> stored(setup.assistAssignment()).isWithdrawn());
		assertThat(stored(setup.leadAssignment()).isSigned()).isTrue();
		assertThat(stored(setup.leadAssignment()).isWithdrawn()).isFalse();
		assertThat(auditLines("ASSIGNMENT_WITHDRAWN", setup.assistAssignment())).isEqualTo(1);
		assertThat(auditLines("ASSIGNMENT_WITHDRAWN", setup.leadAssignment())).isZero();
		sign(assistStaff, setup.assistAssignment(), version(setup.assistAssignment()), null)
			.andExpect(flash().attribute("failure", "assignment.refused.withdrawn"));
		this.mvc.perform(get("/my-work").with(user(this.users.principal(assistStaff))))
			.andExpect(content().string(not(containsString("assignment-" + setup.assistAssignment()))));

		this.mvc.perform(post("/items/{id}/restore", setup.item().id()).with(user(office)).with(csrf()))
			.andExpect(flash().attribute("message", "record.restored"));

		await().atMost(Duration.ofSeconds(30)).until(() -> stored(setup.assistAssignment()).isOpen());
		assertThat(auditLines("ASSIGNMENT_REOPENED", setup.assistAssignment())).isEqualTo(1);
		assertThat(stored(setup.leadAssignment()).isSigned()).isTrue();
		assertThat(auditLines("ASSIGNMENT_REOPENED", setup.leadAssignment())).isZero();
		assertThat(signForNotices(assistStaff, setup.item())).as("told of the reopened assignment").isEqualTo(1);
		this.mvc.perform(get("/my-work").with(user(this.users.principal(assistStaff))))
			.andExpect(content().string(containsString("assignment-" + setup.assistAssignment())));
	}

	@Test
	void staffOfAnotherUnitALeaderAndAnAnonymousVisitorCannotArchiveAndNothingIsWithdrawn() throws Exception {
		Setup setup = activePlan();
		TestUser stranger = staffOf(this.plans.unit("无关单位").id());
		this.mvc
			.perform(post("/items/{id}/archive", setup.item().id()).with(user(this.users.principal(stranger)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/items/{id}/archive", setup.item().id()).with(user(principal(Role.LEADER))).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/items/{id}/archive", setup.item().id()).with(csrf()))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/items/{id}/archive", 0L).with(user(principal(Role.ADMIN))).with(csrf()))
			.andExpect(status().isNotFound());

		this.service.assignItem(setup.item().id());
		assertThat(stored(setup.leadAssignment()).isOpen()).isTrue();
		assertThat(stored(setup.assistAssignment()).isOpen()).isTrue();
		assertThat(auditLines("ASSIGNMENT_WITHDRAWN", setup.leadAssignment())).isZero();
		assertThat(auditLines("ASSIGNMENT_WITHDRAWN", setup.assistAssignment())).isZero();
	}

	@Test
	void aPlanLeavingActiveWithdrawsItsOpenAssignmentsAndGoingActiveAgainReopensThem() throws Exception {
		PlanRef plan = this.plans.create(1, 2, 0);
		List<ItemRef> items = this.plans.items(plan);
		this.plans.activate(plan);
		ItemRef kept = items.get(0);
		ItemRef archived = items.get(1);
		long keptLead = this.waits.awaitOpen(kept.id(), kept.leadUnitId());
		long keptAssist = this.waits.awaitOpen(kept.id(), kept.assistUnitIds().iterator().next());
		long archivedLead = this.waits.awaitOpen(archived.id(), archived.leadUnitId());
		TestUser staff = staffOf(kept.leadUnitId());
		sign(staff, keptLead, version(keptLead), null).andExpect(flash().attribute("message", "assignment.signed"));
		this.plans.archive(archived);

		this.plans.changeStatus(plan, PlanStatus.ARCHIVED);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> stored(keptAssist).isWithdrawn() && stored(archivedLead).isWithdrawn());
		assertThat(stored(keptLead).isSigned()).isTrue();
		assertThat(stored(keptLead).isWithdrawn()).isFalse();
		assertThat(auditLines("ASSIGNMENT_WITHDRAWN", keptAssist)).isEqualTo(1);
		assertThat(auditLines("ASSIGNMENT_WITHDRAWN", archivedLead)).isEqualTo(1);
		this.service.assignPlan(plan.id());
		assertThat(auditLines("ASSIGNMENT_WITHDRAWN", keptAssist)).as("withdrawn once whatever the deliveries")
			.isEqualTo(1);

		this.plans.changeStatus(plan, PlanStatus.ACTIVE);

		await().atMost(Duration.ofSeconds(30)).until(() -> stored(keptAssist).isOpen());
		assertThat(auditLines("ASSIGNMENT_REOPENED", keptAssist)).isEqualTo(1);
		assertThat(stored(archivedLead).isWithdrawn()).as("an archived item stays withdrawn").isTrue();
		assertThat(auditLines("ASSIGNMENT_REOPENED", archivedLead)).isZero();
		assertThat(stored(keptLead).isSigned()).isTrue();
	}

	@Test
	void anActivePlanSavedAgainKeepsItsAssignmentsAndGoingBackToDraftWithdrawsThem() {
		Setup setup = activePlan();
		this.plans.changeStatus(setup.plan(), PlanStatus.ACTIVE);
		this.service.assignPlan(setup.plan().id());
		assertThat(stored(setup.leadAssignment()).isOpen()).isTrue();
		assertThat(stored(setup.assistAssignment()).isOpen()).isTrue();
		assertThat(auditLines("ASSIGNMENT_WITHDRAWN", setup.assistAssignment())).isZero();

		this.plans.changeStatus(setup.plan(), PlanStatus.DRAFT);
		await().atMost(Duration.ofSeconds(30)).until(() -> stored(setup.assistAssignment()).isWithdrawn());
		assertThat(stored(setup.leadAssignment()).isWithdrawn()).isTrue();
	}

	@Test
	void aStaffMemberOfTheUnitSignsWithANoteAndTheAuditLogSaysWho() throws Exception {
		Setup setup = activePlan();
		TestUser staff = staffOf(setup.lead());

		sign(staff, setup.leadAssignment(), version(setup.leadAssignment()), "  已收到，马上落实  ")
			.andExpect(redirectedUrl("/my-work"))
			.andExpect(flash().attribute("message", "assignment.signed"));

		Assignment signed = stored(setup.leadAssignment());
		assertThat(signed.isSigned()).isTrue();
		assertThat(signed.getSignedBy()).isEqualTo(staff.id());
		assertThat(signed.getNote()).isEqualTo("已收到，马上落实");
		assertThat(this.jdbc.queryForObject(
				"select actor from audit_event where kind = 'ASSIGNMENT_SIGNED' and subject = ?", String.class,
				"assignment " + setup.leadAssignment()))
			.isEqualTo(staff.username());
		assertThat(stored(setup.assistAssignment()).isOpen()).isTrue();
	}

	@Test
	void staffOfAnotherUnitALeaderAndAnAdminAreRefusedAndNothingIsSigned() throws Exception {
		Setup setup = activePlan();
		long version = version(setup.leadAssignment());
		sign(staffOf(setup.assist()), setup.leadAssignment(), version, null).andExpect(status().isForbidden());
		sign(this.users.create(Role.LEADER, Set.of(setup.lead()), false), setup.leadAssignment(), version, null)
			.andExpect(status().isForbidden());
		sign(this.users.create(Role.ADMIN, Set.of(setup.lead()), false), setup.leadAssignment(), version, null)
			.andExpect(status().isForbidden());
		sign(this.users.create(Role.STAFF, Set.of(), true), setup.leadAssignment(), version, null)
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/assignments/{id}/sign", setup.leadAssignment()).with(csrf())
				.param("version", Long.toString(version)))
			.andExpect(redirectedUrl("/login"));
		assertThat(stored(setup.leadAssignment()).isOpen()).isTrue();
		assertThat(stored(setup.leadAssignment()).getVersion()).isEqualTo(version);
		assertThat(auditLines("ASSIGNMENT_SIGNED", setup.leadAssignment())).isZero();
	}

	@Test
	void aStaleVersionASecondSignatureAndAWithdrawnAssignmentAreRefusedWithAMessage() throws Exception {
		Setup setup = activePlan();
		TestUser staff = staffOf(setup.lead());
		long version = version(setup.leadAssignment());
		sign(staff, setup.leadAssignment(), version + 1, "过期").andExpect(redirectedUrl("/my-work"))
			.andExpect(flash().attribute("failure", "assignment.refused.stale"));
		assertThat(stored(setup.leadAssignment()).isOpen()).isTrue();
		sign(staff, setup.leadAssignment(), null, null)
			.andExpect(flash().attribute("failure", "assignment.refused.stale"));

		sign(staff, setup.leadAssignment(), version, "第一次")
			.andExpect(flash().attribute("message", "assignment.signed"));
		TestUser colleague = staffOf(setup.lead());
		sign(colleague, setup.leadAssignment(), version, "第二次")
			.andExpect(flash().attribute("failure", "assignment.refused.signed"));
		assertThat(stored(setup.leadAssignment()).getSignedBy()).isEqualTo(staff.id());
		assertThat(stored(setup.leadAssignment()).getNote()).isEqualTo("第一次");

		this.plans.changeUnits(setup.item(), new UnitRef(setup.lead(), ""), Set.of());
		await().atMost(Duration.ofSeconds(30)).until(() -> stored(setup.assistAssignment()).isWithdrawn());
		TestUser assistStaff = staffOf(setup.assist());
		sign(assistStaff, setup.assistAssignment(), version(setup.assistAssignment()), null)
			.andExpect(flash().attribute("failure", "assignment.refused.withdrawn"));
		assertThat(stored(setup.assistAssignment()).isSigned()).isFalse();
		assertThat(auditLines("ASSIGNMENT_SIGNED", setup.leadAssignment())).isEqualTo(1);
		assertThat(auditLines("ASSIGNMENT_SIGNED", setup.assistAssignment())).isZero();
	}

	@Test
	void twoColleaguesSigningAtOnceLeaveOneSignature() throws Exception {
		Setup setup = activePlan();
		long version = version(setup.leadAssignment());
		List<TestUser> colleagues = List.of(staffOf(setup.lead()), staffOf(setup.lead()));
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<Object>> answers = new java.util.ArrayList<>();
		for (TestUser colleague : colleagues) {
			answers.add(pool.submit(() -> {
				start.await();
				return sign(colleague, setup.leadAssignment(), version, colleague.username()).andReturn()
					.getFlashMap()
					.values()
					.iterator()
					.next();
			}));
		}
		start.countDown();
		List<Object> flashes = new java.util.ArrayList<>();
		for (java.util.concurrent.Future<Object> answer : answers) {
			flashes.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(flashes).containsOnlyOnce("assignment.signed");
		assertThat(flashes)
			.anyMatch(flash -> flash.equals("assignment.refused.stale") || flash.equals("assignment.refused.signed"));
		Assignment signed = stored(setup.leadAssignment());
		assertThat(signed.getSignedBy()).isIn(colleagues.get(0).id(), colleagues.get(1).id());
		assertThat(auditLines("ASSIGNMENT_SIGNED", setup.leadAssignment())).isEqualTo(1);
	}

	@Test
	void aNoteTooLongOrWithAControlCharacterIsShownAgainAndNothingIsSigned() throws Exception {
		Setup setup = activePlan();
		TestUser staff = staffOf(setup.lead());
		long version = version(setup.leadAssignment());
		sign(staff, setup.leadAssignment(), version, "长".repeat(501)).andExpect(status().isOk())
			.andExpect(view().name("supervision/signFor"))
			.andExpect(model().attributeHasFieldErrors("signForForm", "note"));
		sign(staff, setup.leadAssignment(), version, "收到\u0000").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("signForForm", "note"));
		assertThat(stored(setup.leadAssignment()).isOpen()).isTrue();
		assertThat(auditLines("ASSIGNMENT_SIGNED", setup.leadAssignment())).isZero();
		sign(staff, 987654321L, version, null).andExpect(status().isNotFound());
	}

	@Test
	void myWorkListsTheUnitsAssignmentsAndNoticesAndStaffStartThere() throws Exception {
		PlanRef plan = this.plans.create(1, 1, 0);
		ItemRef item = this.plans.firstItem(plan);
		TestUser staff = staffOf(item.leadUnitId());
		this.plans.activate(plan);
		Setup setup = new Setup(plan, item, item.leadUnitId(), item.assistUnitIds().iterator().next(),
				this.waits.awaitOpen(item.id(), item.leadUnitId()), 0);
		List<?> toSign = (List<?>) this.mvc.perform(get("/my-work").with(user(this.users.principal(staff))))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("toSign");
		assertThat(toSign).extracting(view -> ((MyWork.AssignmentView) view).id())
			.containsExactly(setup.leadAssignment());
		List<?> notices = (List<?>) this.mvc.perform(get("/my-work").with(user(this.users.principal(staff))))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("notices");
		assertThat(notices).extracting(entry -> ((InboxEntry) entry).getItemId()).containsExactly(item.id());
		this.mvc.perform(get("/my-work").with(user(principal(Role.LEADER))))
			.andExpect(status().isOk())
			.andExpect(model().attribute("toSign", List.of()));
		this.mvc.perform(get("/").with(user(this.users.principal(staff)))).andExpect(redirectedUrl("/my-work"));
		this.mvc.perform(get("/").with(user(principal(Role.ADMIN)))).andExpect(redirectedUrl("/plans/current"));
		this.mvc.perform(get("/").with(user(principal(Role.LEADER)))).andExpect(redirectedUrl("/plans/current"));
	}

	@Test
	void unsignedListShowsAssignmentsWaitingLongerThanThePlansDays() throws Exception {
		this.clock.setTo(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
		Setup setup = activePlan();
		UserDetails leader = principal(Role.LEADER);
		UserDetails admin = principal(Role.ADMIN);
		String page = "/plans/" + setup.plan().id() + "/unsigned";

		this.clock.setTo(LocalDate.of(2026, 3, 4), LocalTime.of(10, 0));
		this.mvc.perform(get(page).with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("unsigned", List.of()));

		this.clock.setTo(LocalDate.of(2026, 3, 6), LocalTime.of(10, 0));
		List<?> listed = (List<?>) this.mvc.perform(get(page).with(user(leader)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("unsigned");
		assertThat(listed).hasSize(2)
			.allSatisfy(row -> assertThat(((SignForOverview.Unsigned) row).daysWaiting()).isEqualTo(4));
		this.mvc.perform(get("/dashboard").param("plan", Long.toString(setup.plan().id())).with(user(leader)))
			.andExpect(model().attribute("overdueSignatures", 2L));
		this.mvc.perform(get(page).with(user(this.users.principal(staffOf(setup.lead())))))
			.andExpect(status().isForbidden());

		this.mvc.perform(post(page + "/settings").with(user(leader)).with(csrf()).param("signForDays", "5"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(page + "/settings").with(user(admin)).with(csrf()).param("signForDays", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("signForSettingsForm", "signForDays"));
		this.mvc.perform(post(page + "/settings").with(user(admin)).with(csrf()).param("signForDays", "5"))
			.andExpect(flash().attribute("message", "assignment.settings.saved"));
		this.mvc.perform(get(page).with(user(leader))).andExpect(model().attribute("unsigned", List.of()));
		this.mvc.perform(
				post(page + "/settings").with(user(admin)).with(csrf()).param("signForDays", "2").param("version", ""))
			.andExpect(flash().attribute("failure", "assignment.settings.stale"));
		assertThat(this.jdbc.queryForObject("select sign_for_days from supervision_settings where plan_id = ?",
				Integer.class, setup.plan().id()))
			.isEqualTo(5);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where kind = 'SUPERVISION_SETTINGS_CHANGED' and subject = ?",
				Integer.class, "plan " + setup.plan().id()))
			.isEqualTo(1);
	}

	private Setup activePlan() {
		PlanRef plan = this.plans.create(1, 1, 0);
		ItemRef item = this.plans.firstItem(plan);
		long assist = item.assistUnitIds().iterator().next();
		this.plans.activate(plan);
		return new Setup(plan, item, item.leadUnitId(), assist, this.waits.awaitOpen(item.id(), item.leadUnitId()),
				this.waits.awaitOpen(item.id(), assist));
	}

	private TestUser staffOf(long unitId) {
		return this.users.create(Role.STAFF, Set.of(unitId), false);
	}

	private UserDetails principal(Role role) {
		return this.users.principal(this.users.create(role, Set.of(), false));
	}

	private ResultActions sign(TestUser person, long assignmentId, Long version, String note) throws Exception {
		var request = post("/assignments/{id}/sign", assignmentId).with(user(this.users.principal(person)))
			.with(csrf());
		if (version != null) {
			request.param("version", Long.toString(version));
		}
		if (note != null) {
			request.param("note", note);
		}
		return this.mvc.perform(request);
	}

	private int signForNotices(TestUser person, ItemRef item) {
		return this.jdbc.queryForObject(
				"select count(*) from inbox_entry where user_id = ? and item_id = ? and kind = 'SIGN_FOR'",
				Integer.class, person.id(), item.id());
	}

	private Assignment stored(long assignmentId) {
		return this.assignments.findById(assignmentId).orElseThrow();
	}

	private long version(long assignmentId) {
		return stored(assignmentId).getVersion();
	}

	private int auditLines(String kind, long assignmentId) {
		return this.jdbc.queryForObject("select count(*) from audit_event where kind = ? and subject = ?",
				Integer.class, kind, "assignment " + assignmentId);
	}

	private record Setup(PlanRef plan, ItemRef item, long lead, long assist, long leadAssignment,
			long assistAssignment) {
	}

}
