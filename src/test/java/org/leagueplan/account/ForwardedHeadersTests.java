package org.leagueplan.account;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production ({@code postgres}) profile behind no configured proxy: a client's own
 * {@code X-Forwarded-For} changes neither the address that login throttling counts nor
 * the one the audit log records. Runs a real Tomcat, since the forwarded headers are read
 * by its valve.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@Import(TestDatabaseConfiguration.class)
class ForwardedHeadersTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aSpoofedForwardedForFromAnUnconfiguredAddressIsIgnored() throws Exception {
		String username = "nobody-" + System.nanoTime();
		for (int i = 1; i <= 3; i++) {
			HttpResponse<String> answer = failedLogin(this.port, username, "203.0.113." + i);
			assertThat(answer.statusCode()).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		}
		assertThat(auditedAddresses(this.jdbc, username)).hasSize(3)
			.allMatch(address -> address.equals("127.0.0.1") || address.equals("0:0:0:0:0:0:0:1"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from login_throttle where throttle_key like 'ip:203.0.113.%'", Integer.class))
			.isZero();
	}

	private static List<String> auditedAddresses(JdbcTemplate jdbc, String username) {
		return jdbc.queryForList("select client_address from audit_event where kind = 'LOGIN_FAILURE' and subject = ?",
				String.class, username);
	}

	/**
	 * The same profile behind an nginx on this machine, named as docs/operations.md says
	 * (and the drills do).
	 */
	@Nested
	@TestPropertySource(properties = "LEAGUEPLAN_TRUSTED_PROXIES=127\\\\.0\\\\.0\\\\.1|0:0:0:0:0:0:0:1")
	class BehindANamedProxy {

		@LocalServerPort
		private int port;

		@Autowired
		private JdbcTemplate jdbc;

		@Test
		void theProxysForwardedForIsTheClientAddress() throws Exception {
			String username = "nobody-" + System.nanoTime();
			failedLogin(this.port, username, "198.51.100.7, 203.0.113.9");
			assertThat(auditedAddresses(this.jdbc, username)).containsExactly("203.0.113.9");
		}

	}

	private static HttpResponse<String> failedLogin(int port, String username, String forwardedFor) throws Exception {
		HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(uri(port, "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String cookie = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(value -> value.substring(0, value.indexOf(';')))
			.reduce((a, b) -> a + "; " + b)
			.orElseThrow();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=wrong-password"
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		return HTTP.send(HttpRequest.newBuilder(uri(port, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.header("X-Forwarded-For", forwardedFor)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
