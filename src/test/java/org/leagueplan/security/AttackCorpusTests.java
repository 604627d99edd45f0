package org.leagueplan.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.WebClient;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The attack corpus of the outside test (issue 15), kept in CI: XSS, SSTI (also
 * {@code __${…}__::}), SQL meta-characters, path traversal, CRLF, NUL and other control
 * characters, a 5,000-character and a 3,000-CJK-character string, out-of-range numbers
 * and impossible dates, sent into every field of every form and into every query
 * parameter the application offers, as ADMIN, office staff (plan-wide right), a unit's
 * STAFF and a LEADER, on PostgreSQL.
 * <p>
 * The forms and parameters are not listed here: each person crawls the pages they can
 * reach (links and forms parsed with jsoup, one page per address pattern), so a new form
 * is attacked without changing this test. Asserted: no answer is a 5xx; no answer carries
 * a payload raw (an unescaped {@code <script>} or {@code <img … onerror=>}, a header with
 * a line break or the injected cookie); a refusal (a 4xx, a form shown again with errors,
 * a flash failure) changed no business table; and afterwards every page, re-crawled by
 * every person, shows no stored payload raw and no evaluated {@code ${7*7}} (the SSTI
 * payloads are wrapped in {@code zq…zq}, so evaluation shows as {@code zq49}).
 * <p>
 * Sampling (keeps the run near a minute): every field gets one payload of every category,
 * the payload within the category taken in turn, so every payload of the corpus is used
 * across the fields; the person who sends it is taken in turn among those who can see the
 * form. Forms that end the test's own sessions or accounts are left out.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class AttackCorpusTests {

	enum Person {

		ADMIN, OFFICE_STAFF, UNIT_STAFF, LEADER

	}

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String IMG = "\"><img src=x onerror=alert(1)>";

	/** The corpus, by category; a field gets one payload of each category. */
	static final Map<String, List<String>> CORPUS = new LinkedHashMap<>();

	static {
		CORPUS.put("xss", List.of(SCRIPT, IMG));
		CORPUS.put("ssti", List.of("zq${7*7}zq", "zq__${7*7}__::.xzq", "zq*{7*7}zq", "zq[[${7*7}]]zq"));
		CORPUS.put("sql", List.of("' OR 1=1--", "\\\"; drop table x;--"));
		CORPUS.put("traversal", List.of("../../etc/passwd"));
		CORPUS.put("crlf", List.of("a\r\nSet-Cookie: x=y"));
		CORPUS.put("nul", List.of("a\u0000b"));
		CORPUS.put("control", List.of("\u0001admin", "a\u001b[31mb", "a\u007fb", "a\u0085b", "a\u2028b", "a\ud800b"));
		CORPUS.put("long", List.of("x".repeat(5000)));
		CORPUS.put("cjk", List.of("团".repeat(3000)));
		CORPUS.put("number", List.of("1e400", "-1", "99999999999999999999", "NaN"));
		CORPUS.put("date", List.of("2023-02-30", "0000-00-00", "9999-12-31"));
	}

	/**
	 * Raw payloads that must never appear in an answer; and the sign of an evaluated SSTI
	 * payload.
	 */
	static final List<String> NEVER_RAW = List.of(SCRIPT, "<img src=x onerror=alert(1)>", "zq49");

	/**
	 * The business tables a refused request must leave as they were (sessions, audit and
	 * read models aside).
	 */
	static final List<String> BUSINESS_TABLES = List.of("app_user_role", "app_user_unit", "org_unit", "work_plan",
			"plan_section", "plan_item", "plan_item_assist_unit", "plan_target", "plan_milestone", "progress_report",
			"item_update", "evidence", "planned_value", "status_settings");

	/**
	 * Forms that would end the test's own sessions or change its people's accounts: not
	 * attacked.
	 */
	static final Pattern LEFT_OUT = Pattern.compile(
			"/logout|/account/sessions/.*|/admin/users/\\d+/" + "(disable|enable|end-sessions|reset-password|unlock)");

	/**
	 * Fields a person types into: every category goes in; the others (hidden, choices)
	 * get {@link #FOR_CHOICES}.
	 */
	static final Pattern TEXT_TYPES = Pattern
		.compile("text|textarea|search|email|url|tel|password|number|date|" + "datetime-local|month|week|time|");

	/** The categories sent into hidden fields, selects, checkboxes and radio buttons. */
	static final Set<String> FOR_CHOICES = Set.of("xss", "ssti", "nul", "control", "number", "long");

	/**
	 * Links the crawl does not follow: downloads (not HTML), the language switch (it
	 * would change the person's).
	 */
	static final Pattern NOT_FOLLOWED = Pattern
		.compile(".*(\\.xlsx|\\.docx|/evidence/\\d+|/chart)(\\?.*)?|.*[?&]lang=.*" + "|/logout.*|/login.*");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	private final Map<Person, WebClient> clients = new EnumMap<>(Person.class);

	private final List<String> seeds = new ArrayList<>();

	private final List<String> failures = new ArrayList<>();

	private long victimId;

	private int requests;

	@BeforeAll
	void createThePlanAndThePeople() throws Exception {
		PlanRef plan = this.plans.create(1, 2, 1);
		ItemRef item = this.plans.firstItem(plan);
		TargetRef target = this.plans.targets(item).get(0);
		long unitId = item.leadUnitId();
		this.victimId = this.users.create(Role.STAFF, Set.of(unitId), false).id();
		login(Person.ADMIN, this.users.create(Role.ADMIN, Set.of(), false).username());
		login(Person.OFFICE_STAFF, this.users.create(Role.STAFF, Set.of(), true).username());
		login(Person.UNIT_STAFF, this.users.create(Role.STAFF, Set.of(unitId), false).username());
		login(Person.LEADER, this.users.create(Role.LEADER, Set.of(), false).username());
		// an import to check, so that its long form is attacked too
		String imported = this.clients.get(Person.OFFICE_STAFF)
			.perform(multipart("/imports/new").with(csrf()).param("text", "一、加强团的自身建设\n1. 强化基层组织建设。\n"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		// the crawl visits one page per address pattern: these first, so that the
		// patterns are this plan's
		this.seeds.addAll(List.of("/plans/" + plan.id(), "/items/" + item.id(), "/items/" + item.id() + "/edit",
				"/items/" + item.id() + "/updates", "/targets/" + target.id() + "/progress",
				"/targets/" + target.id() + "/edit", "/items/" + item.id() + "/targets/new",
				"/items/" + item.id() + "/milestones/new", "/sections/" + item.sectionId() + "/edit",
				"/units/" + unitId + "/edit", "/admin/users/" + this.victimId + "/edit",
				"/plans/" + plan.id() + "/report", "/"));
		if (imported != null) {
			this.seeds.add(0, imported);
		}
	}

	private void login(Person person, String username) throws Exception {
		WebClient client = new WebClient(this.mvc);
		client.login(username, TestUsers.PASSWORD);
		this.clients.put(person, client);
	}

	@Test
	void theCorpusInEveryFieldAndParameterBreaksNothingAndIsNeverShownRaw() throws Exception {
		// 1. what each person can reach: forms (by method and address pattern) and query
		// parameters
		Map<String, Map<Person, FormSpec>> forms = new LinkedHashMap<>();
		Map<String, String> queries = new LinkedHashMap<>();
		Map<String, List<Person>> queryPeople = new LinkedHashMap<>();
		for (Person person : Person.values()) {
			for (Page page : crawl(person)) {
				for (FormSpec form : page.forms()) {
					forms.computeIfAbsent(form.key(), k -> new EnumMap<>(Person.class)).putIfAbsent(person, form);
				}
				for (String link : page.links()) {
					UriComponents uri = UriComponentsBuilder.fromUriString(link).build();
					for (String parameter : uri.getQueryParams().keySet()) {
						String key = pattern(uri.getPath()) + "?" + parameter;
						queries.putIfAbsent(key, link);
						queryPeople.computeIfAbsent(key, k -> new ArrayList<>()).add(person);
					}
				}
			}
		}
		assertThat(forms.keySet()).as("the crawl found the application's forms")
			.anyMatch(key -> key.startsWith("POST /items/{id}/edit"))
			.anyMatch(key -> key.startsWith("POST /targets/{id}/progress"))
			.anyMatch(key -> key.startsWith("POST /imports/{id}"))
			.anyMatch(key -> key.startsWith("POST /admin/users/{id}/edit"));

		// 2. every field of every form, every category
		int fields = 0;
		for (Map<Person, FormSpec> found : forms.values()) {
			List<Person> people = new ArrayList<>(found.keySet());
			FormSpec form = found.get(people.get(0));
			if (LEFT_OUT.matcher(form.action()).matches()) {
				continue;
			}
			List<String> names = new ArrayList<>(form.attackable().keySet());
			System.out.printf("AttackCorpusTests: %s, %d fields, %d requests so far, %d failures%n", form.key(),
					names.size(), this.requests, this.failures.size());
			for (int f = 0; f < names.size(); f++) {
				fields++;
				int c = 0;
				for (Map.Entry<String, List<String>> category : CORPUS.entrySet()) {
					if (!form.attackable().get(names.get(f)) && !FOR_CHOICES.contains(category.getKey())) {
						continue;
					}
					String payload = category.getValue().get((fields + c) % category.getValue().size());
					Person person = people.get((f + c) % people.size());
					attackForm(person, found, names.get(f), payload, category.getKey());
					c++;
				}
			}
		}

		// 3. every query parameter, every category
		int q = 0;
		for (Map.Entry<String, String> entry : queries.entrySet()) {
			String parameter = entry.getKey().substring(entry.getKey().indexOf('?') + 1);
			List<Person> people = queryPeople.get(entry.getKey());
			int c = 0;
			for (Map.Entry<String, List<String>> category : CORPUS.entrySet()) {
				String payload = category.getValue().get((q + c) % category.getValue().size());
				Person person = people.get((q + c) % people.size());
				UriComponents uri = UriComponentsBuilder.fromUriString(entry.getValue()).build();
				MockHttpServletRequestBuilder request = get(uri.getPath());
				uri.getQueryParams().forEach((name, values) -> {
					if (!name.equals(parameter)) {
						values.forEach(value -> request.param(name, decode(value)));
					}
				});
				request.param(parameter, payload);
				String what = "GET " + entry.getKey() + " (" + category.getKey() + ") as " + person;
				MvcResult result = send(what, person, request);
				if (result != null) {
					check(what, result, payload, false);
				}
				c++;
			}
			q++;
		}

		// 4. every page again, by every person: nothing stored is shown raw
		for (Person person : Person.values()) {
			crawl(person);
		}
		System.out.printf("AttackCorpusTests: %d requests, %d fields of %d forms, %d query parameters%n", this.requests,
				fields, forms.size(), queries.size());
		assertThat(fields).as("fields attacked").isGreaterThan(40);
		assertThat(this.failures)
			.as("%d requests, %d fields of %d forms, %d query parameters", this.requests, fields, forms.size(),
					queries.size())
			.isEmpty();
	}

	private void attackForm(Person person, Map<Person, FormSpec> found, String name, String payload, String category)
			throws Exception {
		FormSpec form = found.get(person);
		if (form == null) {
			return;
		}
		boolean write = form.method().equals("post");
		AbstractMockHttpServletRequestBuilder<?> request;
		if (!write) {
			request = get(form.action());
		}
		else if (form.multipart()) {
			request = multipart(form.action()).with(csrf());
		}
		else {
			request = post(form.action()).with(csrf());
		}
		for (Map.Entry<String, List<String>> field : form.values().entrySet()) {
			if (!field.getKey().equals(name) && !field.getKey().equals("_csrf")) {
				field.getValue().forEach(value -> request.param(field.getKey(), value));
			}
		}
		request.param(name, payload);
		String before = write ? fingerprint() : null;
		String what = form.method().toUpperCase() + " " + form.action() + " " + name + "=(" + category + ") as "
				+ person;
		MvcResult result = send(what, person, request);
		if (result == null) {
			return;
		}
		check(what, result, payload, write);
		if (write && refused(result)) {
			if (!before.equals(fingerprint())) {
				fail(what + ": refused (" + result.getResponse().getStatus() + ") but a table changed");
			}
		}
		else if (write) {
			// accepted: the form as the person sees it now, with its new version and a
			// fresh one-time token
			found.put(person, current(person, form));
		}
	}

	/**
	 * Sends the request; an exception that escapes the application (a 500 in a server) is
	 * a failure.
	 */
	private MvcResult send(String what, Person person, AbstractMockHttpServletRequestBuilder<?> request) {
		try {
			return this.clients.get(person).perform(request).andReturn();
		}
		catch (Exception ex) {
			this.requests++;
			fail(what + ": 500 (" + ex.getClass().getSimpleName() + ": "
					+ String.valueOf(ex.getMessage()).lines().findFirst().orElse("") + ")");
			return null;
		}
	}

	private void fail(String failure) {
		System.out.println("AttackCorpusTests FAILURE: " + failure);
		this.failures.add(failure);
	}

	/**
	 * The form with this key on the page it was found on, read afresh; {@code null} when
	 * it is gone.
	 */
	private FormSpec current(Person person, FormSpec stale) throws Exception {
		MvcResult page = this.clients.get(person).perform(get(java.net.URI.create(stale.page()))).andReturn();
		this.requests++;
		if (page.getResponse().getStatus() != 200) {
			return null;
		}
		for (FormSpec form : forms(stale.page(), page.getResponse().getContentAsString())) {
			if (form.key().equals(stale.key())) {
				return form;
			}
		}
		return null;
	}

	private static boolean refused(MvcResult result) throws Exception {
		int status = result.getResponse().getStatus();
		if (status >= 400) {
			return true;
		}
		if (status == 200) {
			String body = result.getResponse().getContentAsString();
			return body.contains("is-invalid") || body.contains("alert-danger");
		}
		return result.getFlashMap().containsKey("failure");
	}

	/** One number per business table that changes with every insert, update or delete. */
	private String fingerprint() {
		StringBuilder sql = new StringBuilder("select concat_ws(','");
		for (String table : BUSINESS_TABLES) {
			sql.append(", (select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from ")
				.append(table)
				.append(")");
		}
		return this.jdbc.queryForObject(sql.append(")").toString(), String.class);
	}

	private void check(String what, MvcResult result, String payload, boolean write) throws Exception {
		this.requests++;
		MockHttpServletResponse response = result.getResponse();
		if (response.getStatus() >= 500) {
			fail(what + ": " + response.getStatus());
			return;
		}
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		for (String raw : NEVER_RAW) {
			if (body.contains(raw)) {
				fail(what + ": shows " + raw + " raw");
			}
		}
		for (String header : response.getHeaderNames()) {
			for (String value : response.getHeaders(header)) {
				if (value.contains("\r") || value.contains("\n")) {
					fail(what + ": header " + header + " holds a line break");
				}
			}
		}
		for (Cookie cookie : response.getCookies()) {
			if (cookie.getName().equals("x")) {
				fail(what + ": set the injected cookie");
			}
		}
	}

	/**
	 * The pages a person reaches from the seeds, one per address pattern, each checked as
	 * it is read.
	 */
	private List<Page> crawl(Person person) throws Exception {
		List<Page> pages = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Deque<String> queue = new ArrayDeque<>(this.seeds);
		while (!queue.isEmpty() && pages.size() < 150) {
			String url = queue.poll();
			UriComponents uri = UriComponentsBuilder.fromUriString(url).build();
			if (!seen.add(pattern(uri.getPath()) + "?" + new TreeSet<>(uri.getQueryParams().keySet()))) {
				continue;
			}
			MvcResult result = this.clients.get(person).perform(get(java.net.URI.create(url))).andReturn();
			check("GET " + url + " as " + person, result, "", false);
			MockHttpServletResponse response = result.getResponse();
			String type = response.getContentType();
			if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
				continue;
			}
			String html = response.getContentAsString(StandardCharsets.UTF_8);
			Document document = Jsoup.parse(html, "http://localhost" + url);
			List<String> links = new ArrayList<>();
			for (Element anchor : document.select("a[href]")) {
				String href = anchor.attr("href");
				if (href.startsWith("/") && !href.startsWith("//") && !NOT_FOLLOWED.matcher(href).matches()) {
					String link = href.replaceAll("#.*", "");
					links.add(link);
					queue.add(link);
				}
			}
			pages.add(new Page(url, forms(url, html), links));
		}
		return pages;
	}

	private static List<FormSpec> forms(String url, String html) {
		Document document = Jsoup.parse(html, "http://localhost" + url);
		List<FormSpec> forms = new ArrayList<>();
		for (Element form : document.select("form")) {
			String action = form.attr("action");
			action = action.isEmpty() ? UriComponentsBuilder.fromUriString(url).build().getPath() : action;
			if (!action.startsWith("/") || action.startsWith("/login") || action.startsWith("/logout")) {
				continue;
			}
			Map<String, List<String>> values = new LinkedHashMap<>();
			Map<String, Boolean> attackable = new LinkedHashMap<>();
			Set<String> shapes = new HashSet<>();
			for (Element field : form.select("input[name], textarea[name], select[name]")) {
				String name = field.attr("name");
				String type = field.tagName().equals("input") ? field.attr("type").toLowerCase() : field.tagName();
				if (type.matches("submit|button|image|reset|file") || name.equals("_csrf")) {
					continue;
				}
				// a list's fields are attacked on its first row only (items[0].heading
				// stands for items[n].heading)
				if (!name.startsWith("_") && shapes.add(name.replaceAll("\\[\\d+]", "[]"))) {
					attackable.put(name, TEXT_TYPES.matcher(type).matches());
				}
				List<String> current = values.computeIfAbsent(name, k -> new ArrayList<>());
				switch (type) {
					case "checkbox", "radio" -> {
						if (field.hasAttr("checked")) {
							current.add(field.attr("value").isEmpty() ? "on" : field.attr("value"));
						}
					}
					case "select" -> {
						Element selected = field.selectFirst("option[selected]");
						selected = (selected != null) ? selected : field.selectFirst("option");
						if (selected != null) {
							current.add(selected.attr("value"));
						}
					}
					case "textarea" -> current.add(field.wholeText());
					default -> current.add(field.attr("value"));
				}
			}
			String method = form.attr("method").isEmpty() ? "get" : form.attr("method").toLowerCase();
			boolean multipart = form.attr("enctype").toLowerCase().contains("multipart");
			forms.add(new FormSpec(url, action, method, multipart, values, attackable));
		}
		return forms;
	}

	private static String pattern(String path) {
		return (path == null) ? "" : path.replaceAll("/\\d+", "/{id}");
	}

	private static String decode(String value) {
		return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	record Page(String url, List<FormSpec> forms, List<String> links) {
	}

	/** A form as found on a page: where it sends, how, and the values its fields hold. */
	record FormSpec(String page, String action, String method, boolean multipart, Map<String, List<String>> values,
			Map<String, Boolean> attackable) {

		/**
		 * The same form on another record has the same key: method, address pattern and
		 * field names.
		 */
		String key() {
			return this.method.toUpperCase() + " " + pattern(this.action) + " " + new TreeSet<>(this.values.keySet());
		}

	}

}
