package org.leagueplan.supervision;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.WebClient;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUser;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanStatus;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every transition of the supervision loop — sign, submit, approve, return, resubmit,
 * request, accept and return a closing, reopen, press — through its real HTTP route with
 * CSRF on PostgreSQL, against every kind of caller and refusal: the right person succeeds
 * and the audit log gets a line of the transition's kind in their name; another unit's
 * staff and a leader of the item's own unit get 403 (and an ACCESS_DENIED line), an
 * anonymous visitor the login page; a stale version, a state the transition does not
 * start from, bad input and a date outside the plan year are refused with a message in
 * the person's language (Chinese by default, English when chosen). Every refusal leaves
 * the database as it was: the assignments, reports, closing, the item's status, the
 * presses and the audit lines of the item are compared before and after.
 *
 * <p>
 * Cells that cannot exist are left out ({@link #applies}): a new report and a press carry
 * no version (a double press in the same minute is {@code PressTests}); a new report has
 * no state to be wrong in; approving and accepting take no input; only reports carry a
 * date.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestAssignments.class })
class SupervisionTransitionMatrixTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	enum Transition {

		SIGN, SUBMIT, APPROVE, RETURN, RESUBMIT, REQUEST_CLOSING, ACCEPT_CLOSING, RETURN_CLOSING, REOPEN, PRESS

	}

	enum Case {

		RIGHT_PERSON, WRONG_UNIT, LEADER, ANONYMOUS, STALE_VERSION, WRONG_STATE, BAD_INPUT, OUTSIDE_PLAN_YEAR

	}

	/** How a request is filled in: as the page shows it, or spoiled one way. */
	enum Variant {

		AS_SHOWN, STALE, BAD_INPUT, OUTSIDE_YEAR

	}

	static Stream<Arguments> cells() {
		List<Arguments> cells = new ArrayList<>();
		for (Transition transition : Transition.values()) {
			for (Case kind : Case.values()) {
				if (applies(transition, kind)) {
					cells.add(Arguments.of(transition, kind));
				}
			}
		}
		return cells.stream();
	}

	static boolean applies(Transition transition, Case kind) {
		return switch (kind) {
			case STALE_VERSION -> transition != Transition.SUBMIT && transition != Transition.PRESS;
			case WRONG_STATE -> transition != Transition.SUBMIT;
			case BAD_INPUT -> transition != Transition.APPROVE && transition != Transition.ACCEPT_CLOSING;
			case OUTSIDE_PLAN_YEAR -> transition == Transition.SUBMIT || transition == Transition.RESUBMIT;
			default -> true;
		};
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestAssignments assignments;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MessageSource messages;

	private Fixture fixture;

	@AfterEach
	void retirePlanAndResetClock() {
		if (this.fixture != null) {
			// an active plan left behind would become other tests' current plan
			this.plans.status(this.fixture.plan, PlanStatus.ARCHIVED);
		}
		this.clock.reset();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("cells")
	void everyTransitionForEveryCallerAndRefusal(Transition transition, Case kind) throws Exception {
		Fixture f = fixture();
		arrange(transition, f);
		TestUser right = rightPerson(transition, f);
		switch (kind) {
			case RIGHT_PERSON -> succeeds(transition, f, right);
			case WRONG_UNIT -> forbidden(transition, f, f.otherUnitStaff);
			case LEADER -> forbidden(transition, f, f.leader);
			case ANONYMOUS -> toLogin(transition, f);
			case STALE_VERSION -> {
				makeStale(transition, f);
				refusedWithMessage(transition, f, right, Variant.STALE);
			}
			case WRONG_STATE -> {
				spoil(transition, f);
				refusedWithMessage(transition, f, right, Variant.AS_SHOWN);
			}
			case BAD_INPUT -> refusedWithMessage(transition, f, right, Variant.BAD_INPUT);
			case OUTSIDE_PLAN_YEAR -> refusedWithMessage(transition, f, right, Variant.OUTSIDE_YEAR);
		}
	}

	// the cases

	private void succeeds(Transition transition, Fixture f, TestUser right) throws Exception {
		List<String> before = snapshot(f);
		String kind = auditKind(transition);
		String subject = auditSubject(transition, f);
		long lines = auditLines(kind, subject);
		MvcResult result = perform(right, request(transition, f, Variant.AS_SHOWN), null);
		assertThat(result.getResponse().getStatus()).as("redirected after the step").isEqualTo(302);
		assertThat(flash(result)).as("a success message and no failure")
			.containsKey("message")
			.doesNotContainKey("failure");
		assertThat(snapshot(f)).as("the step changed the records").isNotEqualTo(before);
		assertThat(auditLines(kind, subject)).as("one %s line on %s", kind, subject).isEqualTo(lines + 1);
		assertThat(
				this.jdbc.sql("select actor from audit_event where kind = ? and subject = ? order by id desc limit 1")
					.params(kind, subject)
					.query(String.class)
					.single())
			.isEqualTo(right.username());
	}

	private void forbidden(Transition transition, Fixture f, TestUser wrong) throws Exception {
		List<String> before = snapshot(f);
		long denied = deniedLines(wrong);
		MvcResult result = perform(wrong, request(transition, f, Variant.AS_SHOWN), null);
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(deniedLines(wrong)).as("the refusal is in the audit log").isEqualTo(denied + 1);
		assertThat(snapshot(f)).isEqualTo(before);
	}

	private void toLogin(Transition transition, Fixture f) throws Exception {
		List<String> before = snapshot(f);
		MvcResult result = perform(null, request(transition, f, Variant.AS_SHOWN), null);
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(snapshot(f)).isEqualTo(before);
	}

	/**
	 * The right person's request, spoiled one way, is refused with a message shown in
	 * Chinese (the default) and in English (chosen), and nothing is saved.
	 */
	private void refusedWithMessage(Transition transition, Fixture f, TestUser right, Variant variant)
			throws Exception {
		List<String> before = snapshot(f);
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			Cookie language = (locale == Locale.ENGLISH) ? new Cookie("LEAGUEPLAN_LANG", "en") : null;
			MvcResult result = perform(right, request(transition, f, variant), language);
			assertThat(flash(result)).as("no success message").doesNotContainKey("message");
			List<String> expected = refusalMessages(result, locale);
			assertThat(expected).as("the refusal says why").isNotEmpty();
			String shown = shownPage(result, right, language);
			for (String message : expected) {
				assertThat(shown).as("the page shows the message in %s: %s", locale, alerts(shown))
					.contains(HtmlUtils.htmlEscape(message));
				if (locale == Locale.SIMPLIFIED_CHINESE) {
					assertThat(message).as("a Chinese message").matches("(?s).*\\p{IsHan}.*");
				}
				else {
					assertThat(message).as("an English message").doesNotMatch("(?s).*\\p{IsHan}.*");
				}
			}
			assertThat(snapshot(f)).as("nothing saved").isEqualTo(before);
		}
	}

	// the transitions

	private void arrange(Transition transition, Fixture f) throws Exception {
		switch (transition) {
			case APPROVE, RETURN -> f.report = submit(f.staff, f, null);
			case RESUBMIT -> {
				f.report = submit(f.staff, f, null);
				done(f.reviewer, post("/reports/{r}/return", f.report).param("version", reportVersion(f))
					.param("reason", "佐证不足"));
			}
			case ACCEPT_CLOSING, RETURN_CLOSING -> done(f.staff, closingRequest(f, "全部完成"));
			case REOPEN -> {
				done(f.staff, closingRequest(f, "全部完成"));
				done(f.reviewer, post("/items/{i}/closing/accept", f.item.id()).param("version", closingVersion(f)));
			}
			default -> {
			}
		}
	}

	private TestUser rightPerson(Transition transition, Fixture f) {
		return switch (transition) {
			case SIGN, SUBMIT, RESUBMIT, REQUEST_CLOSING -> f.staff;
			case APPROVE, RETURN, ACCEPT_CLOSING, RETURN_CLOSING, REOPEN -> f.reviewer;
			case PRESS -> f.office;
		};
	}

	private AbstractMockHttpServletRequestBuilder<?> request(Transition transition, Fixture f, Variant variant) {
		boolean stale = variant == Variant.STALE;
		boolean bad = variant == Variant.BAD_INPUT;
		return switch (transition) {
			case SIGN -> post("/assignments/{a}/sign", f.assignment)
				.param("version", Long.toString(version("assignment", "id", f.assignment) + (stale ? 1 : 0)))
				.param("note", bad ? "长".repeat(501) : "收到，马上落实");
			case SUBMIT -> report(f, null, variant);
			case APPROVE -> post("/reports/{r}/approve", f.report).param("version", staleOr(reportVersion(f), stale));
			case RETURN -> post("/reports/{r}/return", f.report).param("version", staleOr(reportVersion(f), stale))
				.param("reason", bad ? "" : "佐证不足");
			case RESUBMIT -> report(f, f.report, variant);
			case REQUEST_CLOSING ->
				post("/items/{i}/closing", f.item.id()).param("version", staleOr(closingVersion(f), stale))
					.param("summary", bad ? " " : "全部完成");
			case ACCEPT_CLOSING ->
				post("/items/{i}/closing/accept", f.item.id()).param("version", staleOr(closingVersion(f), stale));
			case RETURN_CLOSING ->
				post("/items/{i}/closing/return", f.item.id()).param("version", staleOr(closingVersion(f), stale))
					.param("reason", bad ? "" : "缺少佐证");
			case REOPEN ->
				post("/items/{i}/closing/reopen", f.item.id()).param("version", staleOr(closingVersion(f), stale))
					.param("reason", bad ? "" : "发现遗漏");
			case PRESS -> post("/items/{i}/press", f.item.id()).param("message", bad ? "长".repeat(501) : "请尽快报送");
		};
	}

	/**
	 * Where the version is not a number on the page, someone else's step makes the
	 * person's page stale: a returned report revised by a colleague first.
	 */
	private void makeStale(Transition transition, Fixture f) throws Exception {
		if (transition == Transition.RESUBMIT) {
			done(f.colleague, report(f, f.report, Variant.AS_SHOWN));
		}
	}

	/**
	 * Someone else (the right way) takes the subject to a state the transition does not
	 * start from.
	 */
	private void spoil(Transition transition, Fixture f) throws Exception {
		switch (transition) {
			case SIGN -> done(f.colleague, post("/assignments/{a}/sign", f.assignment).param("version",
					Long.toString(version("assignment", "id", f.assignment))));
			case APPROVE -> done(f.admin,
					post("/reports/{r}/return", f.report).param("version", reportVersion(f)).param("reason", "另有意见"));
			case RETURN -> done(f.admin, post("/reports/{r}/approve", f.report).param("version", reportVersion(f)));
			// a report that waits for review is not one to revise
			case RESUBMIT -> f.report = submit(f.staff, f, null);
			case REQUEST_CLOSING -> done(f.colleague, closingRequest(f, "我们先申请"));
			case ACCEPT_CLOSING ->
				done(f.admin, post("/items/{i}/closing/return", f.item.id()).param("version", closingVersion(f))
					.param("reason", "另有意见"));
			case RETURN_CLOSING ->
				done(f.admin, post("/items/{i}/closing/accept", f.item.id()).param("version", closingVersion(f)));
			case REOPEN ->
				done(f.admin, post("/items/{i}/closing/reopen", f.item.id()).param("version", closingVersion(f))
					.param("reason", "重新打开"));
			// the plan no longer runs: nobody is pressed on it
			case PRESS -> this.plans.status(f.plan, PlanStatus.ARCHIVED);
			case SUBMIT -> throw new IllegalStateException("a new report has no state to be wrong in");
		}
	}

	private static String auditKind(Transition transition) {
		return switch (transition) {
			case SIGN -> "ASSIGNMENT_SIGNED";
			case SUBMIT -> "REPORT_SUBMITTED";
			case APPROVE -> "REPORT_APPROVED";
			case RETURN -> "REPORT_RETURNED";
			case RESUBMIT -> "REPORT_RESUBMITTED";
			case REQUEST_CLOSING -> "CLOSING_REQUESTED";
			case ACCEPT_CLOSING -> "CLOSING_ACCEPTED";
			case RETURN_CLOSING -> "CLOSING_RETURNED";
			case REOPEN -> "ITEM_REOPENED";
			case PRESS -> "ITEM_PRESSED";
		};
	}

	private static String auditSubject(Transition transition, Fixture f) {
		return switch (transition) {
			case SIGN -> "assignment " + f.assignment;
			case SUBMIT, RESUBMIT -> "target " + f.target.id();
			case APPROVE, RETURN -> "report " + f.report;
			default -> "item " + f.item.id();
		};
	}

	// the fixture: an active plan whose reports need review, one item with one target

	private static final class Fixture {

		PlanRef plan;

		ItemRef item;

		TargetRef target;

		long assignment;

		/** STAFF of the item's lead unit, and a colleague in the same unit. */
		TestUser staff;

		TestUser colleague;

		/** STAFF of no unit, named reviewer of the plan. */
		TestUser reviewer;

		/** STAFF with the plan-wide right: the office that presses. */
		TestUser office;

		TestUser admin;

		TestUser otherUnitStaff;

		/** A LEADER who belongs to the item's lead unit. */
		TestUser leader;

		/** The report the transition acts on, where it acts on one. */
		Long report;

	}

	private Fixture fixture() {
		this.clock.setTo(TODAY, LocalTime.of(10, 0));
		Fixture f = new Fixture();
		f.plan = this.plans.create(1, 1, 1);
		f.item = this.plans.firstItem(f.plan);
		f.target = this.plans.targets(f.item).get(0);
		long unit = f.item.leadUnitId();
		f.staff = this.users.create(Role.STAFF, Set.of(unit), false);
		f.colleague = this.users.create(Role.STAFF, Set.of(unit), false);
		f.reviewer = this.users.create(Role.STAFF, Set.of(), false);
		f.office = this.users.create(Role.STAFF, Set.of(), true);
		f.admin = this.users.create(Role.ADMIN, Set.of(), false);
		f.otherUnitStaff = this.users.create(Role.STAFF, Set.of(this.plans.unit("其他单位").id()), false);
		f.leader = this.users.create(Role.LEADER, Set.of(unit), false);
		this.jdbc.sql("insert into plan_reviewer (plan_id, user_id) values (?, ?)")
			.params(f.plan.id(), f.reviewer.id())
			.update();
		this.jdbc.sql("insert into plan_review_setting (plan_id, enabled, version) values (?, true, 0)")
			.param(f.plan.id())
			.update();
		this.plans.activate(f.plan);
		this.fixture = f;
		f.assignment = this.assignments.awaitOpen(f.item.id(), unit);
		// the assist unit's assignment too, so that no audit line of the activation comes
		// late
		this.assignments.awaitOpen(f.item.id(), f.item.assistUnitIds().iterator().next());
		return f;
	}

	/**
	 * Everything a transition may change, as it stands: the item's assignments, the
	 * target's reports and their review steps, the closing and its trail, the item's
	 * status, the presses, and every audit line on them (a refusal's ACCESS_DENIED line
	 * aside).
	 */
	private List<String> snapshot(Fixture f) {
		List<String> rows = new ArrayList<>();
		rows.addAll(this.jdbc
			.sql("select 'assignment ' || id || ' v' || version || ' signed by ' || coalesce(signed_by, 0) "
					+ "|| ' withdrawn ' || (withdrawn_at is not null) from assignment where item_id = ? order by id")
			.param(f.item.id())
			.query(String.class)
			.list());
		List<Long> reports = this.jdbc.sql("select id from progress_report where target_id = ? order by id")
			.param(f.target.id())
			.query(Long.class)
			.list();
		rows.addAll(this.jdbc
			.sql("select 'report ' || id || ' ' || state || ' v' || version || ' revises ' || coalesce(revises_id, 0) "
					+ "from progress_report where target_id = ? order by id")
			.param(f.target.id())
			.query(String.class)
			.list());
		rows.addAll(this.jdbc
			.sql("select 'review step ' || r.action || ' of ' || r.report_id from report_review r "
					+ "join progress_report p on p.id = r.report_id where p.target_id = ? order by r.id")
			.param(f.target.id())
			.query(String.class)
			.list());
		rows.addAll(this.jdbc.sql("select 'closing ' || state || ' v' || version from item_closing where item_id = ?")
			.param(f.item.id())
			.query(String.class)
			.list());
		rows.addAll(
				this.jdbc.sql("select 'closing step ' || action from item_closing_step where item_id = ? order by id")
					.param(f.item.id())
					.query(String.class)
					.list());
		rows.add(this.jdbc.sql("select 'item ' || status from plan_item where id = ?")
			.param(f.item.id())
			.query(String.class)
			.single());
		rows.add("presses " + this.jdbc.sql("select count(*) from inbox_entry where item_id = ? and kind = 'PRESSED'")
			.param(f.item.id())
			.query(Long.class)
			.single());
		List<String> subjects = new ArrayList<>(List.of("item " + f.item.id(), "target " + f.target.id(),
				"plan " + f.plan.id(), "assignment " + f.assignment));
		reports.forEach(id -> subjects.add("report " + id));
		rows.addAll(this.jdbc
			.sql("select 'audit ' || kind || ' ' || subject from audit_event "
					+ "where kind <> 'ACCESS_DENIED' and subject in (:subjects) order by id")
			.param("subjects", subjects)
			.query(String.class)
			.list());
		return rows;
	}

	// requests

	private MvcResult perform(TestUser person, AbstractMockHttpServletRequestBuilder<?> request, Cookie language)
			throws Exception {
		request.with(csrf());
		if (person != null) {
			request.with(user(this.users.principal(person)));
		}
		if (language != null) {
			request.cookie(language);
		}
		return this.mvc.perform(request).andReturn();
	}

	/** A step taken by someone to set the scene: it must succeed. */
	private void done(TestUser person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		MvcResult result = perform(person, request, null);
		assertThat(result.getResponse().getStatus()).as("the scene is set").isEqualTo(302);
		assertThat(flash(result)).containsKey("message").doesNotContainKey("failure");
	}

	private long submit(TestUser person, Fixture f, Long revises) throws Exception {
		done(person, report(f, revises, Variant.AS_SHOWN));
		return this.jdbc.sql("select max(id) from progress_report where target_id = ?")
			.param(f.target.id())
			.query(Long.class)
			.single();
	}

	private AbstractMockHttpServletRequestBuilder<?> report(Fixture f, Long revises, Variant variant) {
		var request = multipart("/targets/{t}/progress", f.target.id())
			.param("value", (variant == Variant.BAD_INPUT) ? "-3" : "10")
			.param("asOf", (variant == Variant.OUTSIDE_YEAR) ? TODAY.minusYears(1).toString() : TODAY.toString())
			.param("narrative", "新建示范点10家");
		if (revises != null) {
			request.param("revisesId", revises.toString());
		}
		return request;
	}

	private AbstractMockHttpServletRequestBuilder<?> closingRequest(Fixture f, String summary) {
		return post("/items/{i}/closing", f.item.id()).param("version", closingVersion(f)).param("summary", summary);
	}

	private String reportVersion(Fixture f) {
		return Long.toString(version("progress_report", "id", f.report));
	}

	private String closingVersion(Fixture f) {
		return Long.toString(this.jdbc.sql("select coalesce(max(version), -1) from item_closing where item_id = ?")
			.param(f.item.id())
			.query(Long.class)
			.single());
	}

	private long version(String table, String key, long id) {
		return this.jdbc.sql("select version from " + table + " where " + key + " = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private static String staleOr(String version, boolean stale) {
		return stale ? Long.toString(Long.parseLong(version) + 1) : version;
	}

	private long auditLines(String kind, String subject) {
		return this.jdbc.sql("select count(*) from audit_event where kind = ? and subject = ?")
			.params(kind, subject)
			.query(Long.class)
			.single();
	}

	private long deniedLines(TestUser person) {
		return this.jdbc.sql("select count(*) from audit_event where kind = 'ACCESS_DENIED' and actor = ?")
			.param(person.username())
			.query(Long.class)
			.single();
	}

	// what the person is told

	private static Map<String, Object> flash(MvcResult result) {
		return result.getFlashMap();
	}

	/**
	 * The messages a refusal gives, in the locale: its failure message (flashed to the
	 * page it redirects to, or on the page it shows) and the errors of its form.
	 */
	private List<String> refusalMessages(MvcResult result, Locale locale) {
		List<String> found = new ArrayList<>();
		Object flashed = result.getFlashMap().get("failure");
		if (flashed != null) {
			found.add(this.messages.getMessage(flashed.toString(), null, locale));
		}
		ModelAndView page = result.getModelAndView();
		if (page != null) {
			for (Map.Entry<String, Object> attribute : page.getModel().entrySet()) {
				if (attribute.getKey().equals("failure")) {
					found.add(this.messages.getMessage(attribute.getValue().toString(), null, locale));
				}
				if (attribute.getValue() instanceof BindingResult errors) {
					for (ObjectError error : errors.getAllErrors()) {
						found.add(this.messages.getMessage(error, locale));
					}
				}
			}
		}
		return found;
	}

	/** The page's alerts, to say what it showed instead. */
	private static List<String> alerts(String page) {
		return java.util.regex.Pattern.compile("<div class=\"(alert|invalid-feedback)[^>]*>[^<]*</div>")
			.matcher(page)
			.results()
			.map(java.util.regex.MatchResult::group)
			.toList();
	}

	/** The page the person sees: the one shown, or the one redirected to. */
	private String shownPage(MvcResult result, TestUser person, Cookie language) throws Exception {
		String redirect = result.getResponse().getRedirectedUrl();
		if (redirect == null) {
			return result.getResponse().getContentAsString();
		}
		var next = get(redirect).with(user(this.users.principal(person)));
		// the flashed message waits in the session (Spring Session), as for a browser
		Cookie session = result.getResponse().getCookie(WebClient.SESSION_COOKIE);
		if (session != null) {
			next.cookie(session);
		}
		if (language != null) {
			next.cookie(language);
		}
		return this.mvc.perform(next).andReturn().getResponse().getContentAsString();
	}

}
