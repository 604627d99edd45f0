package org.leagueplan.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leagueplan.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may write, checked on every write route the application maps (every POST and every form page ending in
 * /new or /edit), so a new controller cannot slip past: anonymous visitors are sent to the login page, LEADER is
 * refused, a POST without the CSRF token is refused, and unit management is ADMIN only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(TestDatabaseConfiguration.class)
class WriteAccessTests {

	/** Routes that any logged-in person may post to. */
	private static final Set<String> OPEN_TO_EVERY_USER = Set.of("/account/password");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RequestMappingHandlerMapping mapping;

	private static Stream<Route> routesOf(RequestMappingInfo info) {
		return info.getPatternValues().stream().flatMap(pattern -> info.getMethodsCondition().getMethods().stream()
			.map(method -> new Route(HttpMethod.valueOf(method.name()), pattern))
			.filter(Route::isWrite));
	}

	Stream<Route> writeRoutes() {
		return this.mapping.getHandlerMethods().keySet().stream().flatMap(WriteAccessTests::routesOf);
	}

	@Test
	void everyFormAndArchiveRouteIsCovered() {
		List<Route> routes = writeRoutes().toList();
		assertThat(routes).extracting(Route::toString)
			.contains("POST /items/{itemId}/edit", "GET /items/{itemId}/edit", "POST /{kind}/{id}/archive",
					"POST /units/new", "POST /plans/new", "POST /items/{itemId}/targets/new",
					"POST /items/{itemId}/milestones/new", "POST /plans/{planId}/sections/new");
		assertThat(routes).hasSizeGreaterThan(20);
	}

	@ParameterizedTest
	@MethodSource("writeRoutes")
	void anonymousIsSentToLogin(Route route) throws Exception {
		this.mvc.perform(request(route.method(), route.concretePath()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@MethodSource("writeRoutes")
	void leaderIsRefused(Route route) throws Exception {
		if (OPEN_TO_EVERY_USER.contains(route.pattern())) {
			return;
		}
		this.mvc.perform(request(route.method(), route.concretePath()).with(user("leader").roles("LEADER")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@MethodSource("writeRoutes")
	void postWithoutCsrfTokenIsRefused(Route route) throws Exception {
		if (route.method() != HttpMethod.POST) {
			return;
		}
		this.mvc.perform(request(route.method(), route.concretePath()).with(user("admin").roles("ADMIN")))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@MethodSource("writeRoutes")
	void unitManagementIsForAdminsOnly(Route route) throws Exception {
		if (!route.pattern().startsWith("/units")) {
			return;
		}
		this.mvc.perform(request(route.method(), route.concretePath()).with(user("staff").roles("STAFF")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	record Route(HttpMethod method, String pattern) {

		boolean isWrite() {
			return this.method == HttpMethod.POST
					|| (this.method == HttpMethod.GET && (this.pattern.endsWith("/new") || this.pattern.endsWith("/edit")));
		}

		/** The pattern with ids filled in; the checks happen before any record is read. */
		String concretePath() {
			return this.pattern.replace("{kind}", "items").replaceAll("\\{[^}]+}", "1");
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
