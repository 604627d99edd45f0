package org.leagueplan.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real server, every response carries the security headers, error pages included
 * (200, 403, 404, 500), and the session cookie is HttpOnly and SameSite=Lax.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestUsers.class, SecurityHeadersTests.FailingPage.class })
class SecurityHeadersTests {

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> login = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString());
		assertHeaders(login, 200);
		String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax");

		String username = this.users.create(Role.LEADER, Set.of(), false).username();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + username + "&password="
				+ URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(loggedIn.statusCode()).isEqualTo(302);

		assertHeaders(browser.send(get("/plans"), HttpResponse.BodyHandlers.ofString()), 200);
		HttpResponse<String> forbidden = browser.send(get("/admin/users"), HttpResponse.BodyHandlers.ofString());
		assertHeaders(forbidden, 403);
		assertThat(forbidden.body()).contains("无权访问");
		HttpResponse<String> missing = browser.send(get("/items/987654321"), HttpResponse.BodyHandlers.ofString());
		assertHeaders(missing, 404);
		assertThat(missing.body()).contains("页面不存在");
		HttpResponse<String> failure = browser.send(get("/test-only/failure"), HttpResponse.BodyHandlers.ofString());
		assertHeaders(failure, 500);
		assertThat(failure.body()).contains("系统错误").doesNotContain("IllegalStateException", "test-only detail");
	}

	@Test
	void pagesAndStylesGoCompressedToBrowsersThatAskAndTheCsrfTokenChangesOnEveryPage() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<byte[]> page = browser.send(
				HttpRequest.newBuilder(uri("/login")).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String html = gunzip(page.body());
		assertThat(html).contains("id=\"login-form\"");
		Matcher style = Pattern.compile("href=\"(/webjars/bootstrap/[^\"]+\\.css)\"").matcher(html);
		assertThat(style.find()).isTrue();
		HttpResponse<byte[]> css = browser.send(
				HttpRequest.newBuilder(uri(style.group(1))).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(css.body())).contains("Bootstrap");

		HttpResponse<String> plain = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		Pattern token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
		Matcher first = token.matcher(html);
		Matcher second = token.matcher(plain.body());
		assertThat(first.find() && second.find()).isTrue();
		assertThat(second.group(1)).as("masked anew on every page").isNotEqualTo(first.group(1));
	}

	private static String gunzip(byte[] body) throws java.io.IOException {
		try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
				new java.io.ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void assertHeaders(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp)
					.contains("default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
							"form-action 'self'")
					.doesNotContain("unsafe-inline"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(value -> assertThat(value).contains("no-store"));
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/**
	 * A page that fails, to see the 500 page on a real server. Exists only in this test.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FailingPage {

		@Bean
		FailingController failingController() {
			return new FailingController();
		}

	}

	@RestController
	static class FailingController {

		@GetMapping("/test-only/failure")
		String fail() {
			throw new IllegalStateException("test-only detail");
		}

	}

}
