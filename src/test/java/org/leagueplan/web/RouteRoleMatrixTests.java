package org.leagueplan.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.TestProgress;
import org.leagueplan.supervision.TestAssignments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route the application maps, requested by every kind of person, against the rules:
 * anonymous visitors go to the login page; LEADER reads everything and changes nothing;
 * STAFF changes only the items (with their targets and milestones) of their own units;
 * STAFF with the plan-wide right and ADMIN change every item and the plan's structure;
 * everyone logged in exports and prints a plan (Excel, Word, print views); units and
 * {@code /admin/**} are ADMIN only; the annual assessment is read by ADMIN and LEADER,
 * its weights set by ADMIN; everyone logged in manages their own account and reads their
 * own inbox. The route list comes from the controllers, so a new route that no rule
 * covers fails this test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestProgress.class,
		TestAssignments.class })
class RouteRoleMatrixTests {

	enum Person {

		ANONYMOUS, LEADER, STAFF_OF_THE_ITEMS_UNIT, STAFF_OF_ANOTHER_UNIT, STAFF_WITH_PLAN_WIDE_RIGHT, ADMIN

	}

	enum Rule {

		/** The login page. */
		PUBLIC,
		/** Reading plans, items and units; exporting and printing them. */
		READ,
		/** A person's own account pages and inbox. */
		OWN_ACCOUNT,
		/** The second-factor code page, only between password and code. */
		SECOND_FACTOR,
		/** Changing an item, its targets or milestones. */
		ITEM,
		/** Changing the plan's header or structure, or creating items. */
		PLAN_WIDE,
		/**
		 * Overseeing a plan's assignments (the unsigned list): the office and leaders.
		 */
		OVERSIGHT,
		/**
		 * Reading the annual assessment (a ranking of units): the office (ADMIN) and
		 * leaders, not STAFF.
		 */
		ASSESSMENT,
		/** Signing for an assignment: only the staff of the assigned unit. */
		SIGN_FOR,
		/** Reporting on a unit's quota: the unit's own staff, and ADMIN. */
		UNIT_MEMBER,
		/** Units and account administration. */
		ADMIN_ONLY

	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestProgress progress;

	@Autowired
	private TestAssignments assignments;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private Map<String, String> ids;

	private Map<Person, UserDetails> principals;

	@BeforeAll
	void createRecordsAndPeople() {
		PlanRef plan = this.plans.create(1, 1, 1);
		ItemRef item = this.plans.firstItem(plan);
		TargetRef target = this.plans.targets(item).get(0);
		MilestoneRef milestone = this.plans.milestones(item).get(0);
		long otherUnit = this.plans.unit("其他单位").id();
		long itemsUnit = this.plans.items(plan).get(0).leadUnitId();
		long reportId = this.progress.report(target.id(), plan.id(), java.math.BigDecimal.ONE, null,
				java.time.LocalDate.of(plan.year(), 1, 1), "route matrix", null, java.time.Instant.now());
		long rectification = this.progress.rectification(item.id(), plan.id(), target.id(), reportId, "route matrix",
				java.time.LocalDate.of(plan.year(), 12, 31), itemsUnit);
		this.plans.activate(plan);
		long assignment = this.assignments.awaitOpen(item.id(), itemsUnit);
		this.ids = new HashMap<>();
		this.ids.put("planId", Long.toString(plan.id()));
		this.ids.put("sectionId", Long.toString(item.sectionId()));
		this.ids.put("itemId", Long.toString(item.id()));
		this.ids.put("targetId", Long.toString(target.id()));
		this.ids.put("milestoneId", Long.toString(milestone.id()));
		this.ids.put("unitId", Long.toString(otherUnit));
		this.ids.put("userId", Long.toString(this.users.create(Role.STAFF, Set.of(), false).id()));
		this.ids.put("handle", "no-such-session");
		this.ids.put("evidenceId", "987654321");
		this.ids.put("importId", "987654321");
		this.ids.put("entryId", "987654321");
		this.ids.put("reportId", Long.toString(reportId));
		this.ids.put("assignmentId", Long.toString(assignment));
		this.ids.put("bulletinId", "987654321");
		this.ids.put("rectificationId", Long.toString(rectification));
		registerOf(plan.id(), target.id(), itemsUnit);
		this.principals = Map.of(Person.LEADER, principal(Role.LEADER, Set.of(), false), Person.STAFF_OF_THE_ITEMS_UNIT,
				principal(Role.STAFF, Set.of(itemsUnit), false), Person.STAFF_OF_ANOTHER_UNIT,
				principal(Role.STAFF, Set.of(otherUnit), false), Person.STAFF_WITH_PLAN_WIDE_RIGHT,
				principal(Role.STAFF, Set.of(), true), Person.ADMIN, principal(Role.ADMIN, Set.of(), false));
	}

	/** A register on the target with a field and a pending entry (written as stored). */
	private void registerOf(long planId, long targetId, long unitId) {
		this.jdbc.sql("insert into register (target_id, plan_id, name, created_at, version) values (?, ?, '台账', ?, 0)")
			.params(targetId, planId, java.sql.Timestamp.from(java.time.Instant.now()))
			.update();
		long register = this.jdbc.sql("select id from register where target_id = ?")
			.param(targetId)
			.query(Long.class)
			.single();
		this.jdbc
			.sql("insert into register_field (register_id, position, label, kind, required, archived, version) "
					+ "values (?, 1, '人数', 'NUMBER', false, false, 0)")
			.param(register)
			.update();
		this.jdbc
			.sql("insert into register_entry (register_id, plan_id, target_id, name, unit_id, entry_date, state, "
					+ "made_at, version) values (?, ?, ?, '示范点', ?, ?, 'PENDING', ?, 0)")
			.params(register, planId, targetId, unitId, java.time.LocalDate.now(),
					java.sql.Timestamp.from(java.time.Instant.now()))
			.update();
		this.ids.put("registerId", Long.toString(register));
		this.ids.put("fieldId",
				this.jdbc.sql("select id from register_field where register_id = ?")
					.param(register)
					.query(Long.class)
					.single()
					.toString());
		this.ids.put("registerEntryId",
				this.jdbc.sql("select id from register_entry where register_id = ?")
					.param(register)
					.query(Long.class)
					.single()
					.toString());
	}

	private UserDetails principal(Role role, Set<Long> units, boolean planWide) {
		return this.users.principal(this.users.create(role, units, planWide));
	}

	@TestFactory
	Stream<DynamicTest> everyRouteForEveryPerson() {
		List<DynamicTest> cells = new ArrayList<>();
		for (Route route : routes()) {
			for (Person person : Person.values()) {
				cells.add(DynamicTest.dynamicTest(person + " " + route, () -> check(route, person)));
			}
		}
		assertThat(cells).hasSizeGreaterThan(200);
		return cells.stream();
	}

	private void check(Route route, Person person) throws Exception {
		MockHttpServletRequestBuilder request = request(route.method(), route.path()).with(csrf());
		if (person != Person.ANONYMOUS) {
			request.with(user(this.principals.get(person)));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		boolean toLogin = response.getStatus() == 302 && "/login".equals(response.getRedirectedUrl());
		boolean forbidden = response.getStatus() == 403;
		switch (expected(route.rule(), person)) {
			case "login" -> assertThat(toLogin).as("sent to login, got %s", response.getStatus()).isTrue();
			case "forbidden" -> assertThat(forbidden).as("refused, got %s", response.getStatus()).isTrue();
			default -> assertThat(toLogin || forbidden)
				.as("allowed, got %s %s", response.getStatus(), response.getRedirectedUrl())
				.isFalse();
		}
	}

	private static String expected(Rule rule, Person person) {
		if (rule == Rule.PUBLIC) {
			return "allowed";
		}
		if (person == Person.ANONYMOUS) {
			return "login";
		}
		boolean allowed = switch (rule) {
			case READ, OWN_ACCOUNT -> true;
			case SECOND_FACTOR -> false;
			case ITEM -> person == Person.ADMIN || person == Person.STAFF_WITH_PLAN_WIDE_RIGHT
					|| person == Person.STAFF_OF_THE_ITEMS_UNIT;
			case PLAN_WIDE -> person == Person.ADMIN || person == Person.STAFF_WITH_PLAN_WIDE_RIGHT;
			case OVERSIGHT ->
				person == Person.ADMIN || person == Person.STAFF_WITH_PLAN_WIDE_RIGHT || person == Person.LEADER;
			case ASSESSMENT -> person == Person.ADMIN || person == Person.LEADER;
			case SIGN_FOR -> person == Person.STAFF_OF_THE_ITEMS_UNIT;
			// the quota's unit is the other unit
			case UNIT_MEMBER -> person == Person.ADMIN || person == Person.STAFF_OF_ANOTHER_UNIT;
			case ADMIN_ONLY -> person == Person.ADMIN;
			case PUBLIC -> true;
		};
		return allowed ? "allowed" : "forbidden";
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue;
				}
				for (var method : info.getMethodsCondition().getMethods()) {
					HttpMethod httpMethod = HttpMethod.valueOf(method.name());
					if (pattern.startsWith("/{kind}/")) {
						for (String kind : List.of("sections", "items", "targets", "milestones", "units")) {
							routes.add(route(httpMethod, pattern.replace("{kind}", kind)));
						}
					}
					else {
						routes.add(route(httpMethod, pattern));
					}
				}
			}
		}
		return routes;
	}

	private Route route(HttpMethod method, String pattern) {
		String path = pattern;
		for (Map.Entry<String, String> id : this.ids.entrySet()) {
			path = path.replace("{" + id.getKey() + "}", id.getValue());
		}
		if (pattern.matches("/(sections|items|targets|milestones|units)/\\{id}/.*")) {
			String kind = pattern.substring(1, pattern.indexOf('/', 1));
			String key = switch (kind) {
				case "sections" -> "sectionId";
				case "items" -> "itemId";
				case "targets" -> "targetId";
				case "milestones" -> "milestoneId";
				default -> "unitId";
			};
			path = path.replace("{id}", this.ids.get(key));
		}
		assertThat(path).as("every path variable of %s has a value", pattern).doesNotContain("{");
		return new Route(method, pattern, path, rule(method, pattern));
	}

	/** Which rule governs a route; a route no rule names fails the test. */
	private static Rule rule(HttpMethod method, String pattern) {
		boolean write = method == HttpMethod.POST || pattern.endsWith("/new") || pattern.endsWith("/edit");
		if (pattern.equals("/login")) {
			return Rule.PUBLIC;
		}
		if (pattern.equals("/login/mfa")) {
			return Rule.SECOND_FACTOR;
		}
		if (pattern.startsWith("/admin/") || (write && pattern.startsWith("/units"))) {
			return Rule.ADMIN_ONLY;
		}
		if (pattern.startsWith("/account/") || pattern.equals("/inbox") || pattern.startsWith("/inbox/")) {
			return Rule.OWN_ACCOUNT;
		}
		if (pattern.startsWith("/imports/")) {
			return Rule.PLAN_WIDE;
		}
		// reviewing reports, closings (and reopening) and rectifications is for ADMIN and
		// the plan's reviewers (none here);
		// choosing reviewers is ADMIN's; the review switch needs the plan-wide right
		if (pattern
			.matches("/plans/\\{planId}/(reviews|reviewers(/\\{userId}/remove)?)|/reports/\\{reportId}/(approve|return)"
					+ "|/items/\\{itemId}/closing/(accept|return|reopen)"
					+ "|/rectifications/\\{rectificationId}/(accept|return)"
					+ "|/register-entries/\\{registerEntryId}/(accept|return|withdraw)")) {
			return Rule.ADMIN_ONLY;
		}
		// the assessment's weights are the office's; its ranking the office's and
		// leaders'
		if (pattern.equals("/plans/{planId}/assessment/weights")) {
			return Rule.ADMIN_ONLY;
		}
		if (method == HttpMethod.GET && pattern.matches("/plans/\\{planId}/assessment(\\.xlsx|\\.docx)?")) {
			return Rule.ASSESSMENT;
		}
		if (pattern.equals("/plans/{planId}/review-settings")) {
			return Rule.PLAN_WIDE;
		}
		// copying a plan into a new year creates a plan: the form too needs the plan-wide
		// right
		if (pattern.equals("/plans/{planId}/next-year")) {
			return Rule.PLAN_WIDE;
		}
		if (method == HttpMethod.GET
				&& pattern.matches("/plans/\\{planId}/(export\\.xlsx|report\\.docx|report|print)")) {
			return Rule.READ;
		}
		if (method == HttpMethod.GET && pattern.equals("/plans/{planId}/unsigned")) {
			return Rule.OVERSIGHT;
		}
		// importing entries into a register (its form too) is adding entries: for whoever
		// reports on its target's item
		if (pattern.matches("/registers/\\{registerId}/import(/confirm)?")) {
			return Rule.ITEM;
		}
		if (!write) {
			return Rule.READ;
		}
		if (pattern.equals("/assignments/{assignmentId}/sign")) {
			return Rule.SIGN_FOR;
		}
		// reporting on a quota is for the quota's unit (the other unit here) and ADMIN
		if (pattern.equals("/targets/{targetId}/quotas/{unitId}/report")) {
			return Rule.UNIT_MEMBER;
		}
		// splitting a target among units is changing its item
		if (pattern.matches("/targets/\\{targetId}/quotas(/edit)?")) {
			return Rule.ITEM;
		}
		// reporting a rectification done is reporting on its item
		if (pattern.equals("/rectifications/{rectificationId}/done")) {
			return Rule.ITEM;
		}
		// a register is set up, changed and filled by whoever reports on its target's
		// item
		if (pattern.matches("/targets/\\{targetId}/register|/registers/\\{registerId}/(edit|entries/new|entries)"
				+ "|/register-fields/\\{fieldId}/archive|/register-entries/\\{registerEntryId}/edit")) {
			return Rule.ITEM;
		}
		if (pattern.matches(
				"/items/\\{itemId}/(edit|targets/new|milestones/new|updates|closing)|/(targets|milestones)/\\{\\w+}/edit"
						+ "|/(items|targets|milestones)/\\{id}/(archive|restore|move)|/targets/\\{targetId}/(progress|planned)")) {
			return Rule.ITEM;
		}
		if (pattern.matches(
				"/plans/new|/plans/\\{planId}/(edit|sections/new|calendar|unsigned/settings|bulletins)|/sections/\\{sectionId}/(edit|items/new)"
						+ "|/sections/\\{id}/(archive|restore|move)|/items/\\{itemId}/press")) {
			return Rule.PLAN_WIDE;
		}
		throw new AssertionError("No rule says who may use " + method + " " + pattern);
	}

	record Route(HttpMethod method, String pattern, String path, Rule rule) {

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
