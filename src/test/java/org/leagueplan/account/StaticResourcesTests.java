package org.leagueplan.account;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files: linked by content-hashed addresses kept a year, revalidated by their
 * plain name, served with the security headers and without reading or touching the
 * logged-in person's session (system.StaticResources, SecurityConfiguration's static
 * chain).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
class StaticResourcesTests {

	private static final Pattern HASHED_LINK = Pattern
		.compile("(/(?:static|webjars)/[^\"]+-[0-9a-f]{32}\\.(?:css|js))\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void pagesLinkStaticFilesByContentHashAndTheyAreKeptAYear() throws Exception {
		WebClient browser = loggedIn();
		String page = browser.perform(get("/dashboard")).andReturn().getResponse().getContentAsString();
		Matcher links = HASHED_LINK.matcher(page);
		int found = 0;
		while (links.find()) {
			found++;
			browser.perform(get(links.group(1)))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
				.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		}
		// app.css, bootstrap's css and js, app.js
		assertThat(found)
			.as("hashed links in the page: %s",
					page.lines().filter(line -> line.contains("static/") || line.contains("webjars")).toList())
			.isGreaterThanOrEqualTo(4);
		assertThat(page).doesNotContain("href=\"/static/css/app.css\"")
			.doesNotContain("/webjars/bootstrap/dist/css/bootstrap.min.css\"");
	}

	@Test
	void aStaticFileByItsPlainNameIsRevalidatedEachTime() throws Exception {
		this.mvc.perform(get("/static/css/app.css"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andExpect(header().exists("Last-Modified"));
	}

	@Test
	void staticFilesNeitherReadNorTouchTheSession() throws Exception {
		WebClient browser = loggedIn();
		String sessionId = browser.sessionId();
		String page = browser.perform(get("/dashboard")).andReturn().getResponse().getContentAsString();
		Matcher links = HASHED_LINK.matcher(page);
		assertThat(links.find()).isTrue();
		long before = lastAccess(sessionId);
		for (String path : new String[] { links.group(1), "/static/css/app.css",
				"/webjars/bootstrap/dist/js/bootstrap.bundle.min.js" }) {
			browser.perform(get(path)).andExpect(status().isOk()).andExpect(header().doesNotExist("Set-Cookie"));
		}
		assertThat(lastAccess(sessionId)).as("the session's last access, untouched by static files").isEqualTo(before);
		// a page does touch it: the check above can see a change
		browser.perform(get("/account/sessions")).andExpect(status().isOk());
		assertThat(lastAccess(sessionId)).isGreaterThan(before);
	}

	@Test
	void anUnknownStaticFileIsNotFoundNotALoginPage() throws Exception {
		this.mvc.perform(get("/static/css/none.css")).andExpect(status().isNotFound());
		this.mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/static/js/app.js"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("function")));
	}

	private long lastAccess(String sessionId) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				sessionId);
	}

	private WebClient loggedIn() throws Exception {
		TestUser user = this.users.create(Role.STAFF, Set.of(), false);
		WebClient browser = new WebClient(this.mvc);
		browser.login(user.username(), TestUsers.PASSWORD).andExpect(redirectedUrl("/"));
		return browser;
	}

}
