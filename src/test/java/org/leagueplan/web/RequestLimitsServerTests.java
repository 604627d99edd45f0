package org.leagueplan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real server, requests over the upload limits get the application's own page in the
 * person's language with status 413 (never Tomcat's page, never a stack trace in the
 * log); {@code /error} asked for directly is no failure; requests Tomcat refuses itself
 * (bad %-encoding, an invalid character) still carry the security headers and show no
 * server details; and a forged {@code Host} never comes back in a redirect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
@ExtendWith(OutputCaptureExtension.class)
class RequestLimitsServerTests {

	private static final String BOUNDARY = "----leagueplan-test-boundary";

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

	private HttpClient browser;

	private String csrf;

	@BeforeEach
	void logIn() throws Exception {
		this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String username = this.users.create(Role.STAFF, Set.of(), true).username();
		String form = "username=" + username + "&password="
				+ URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ token(this.browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
		HttpResponse<String> loggedIn = this.browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		this.csrf = token(this.browser.send(get("/imports/new"), HttpResponse.BodyHandlers.ofString()).body());
	}

	@Test
	void aFileOverTwentyMegabytesGetsTheApplicationsPage(CapturedOutput output) throws Exception {
		HttpResponse<String> answer = upload("/imports/new", multipart(1, new byte[25 * 1024 * 1024], 0));
		assertRefused(answer, "上传的内容过大");
		assertThat(upload("/imports/new?lang=en", multipart(1, new byte[25 * 1024 * 1024], 0)).body())
			.contains("too large");
		assertNoStackTrace(output);
	}

	@Test
	void moreThanFiftyPartsGetTheApplicationsPage(CapturedOutput output) throws Exception {
		assertRefused(upload("/imports/new", multipart(60, new byte[10], 0)), "上传的内容过大");
		assertNoStackTrace(output);
	}

	@Test
	void aRequestOverOneHundredMegabytesGetsTheApplicationsPage(CapturedOutput output) throws Exception {
		assertRefused(upload("/imports/new", multipart(6, new byte[20 * 1024 * 1024 - 1024], 0)), "上传的内容过大");
		assertNoStackTrace(output);
	}

	@Test
	void aTextPartOverSixteenMegabytesGetsTheApplicationsPage(CapturedOutput output) throws Exception {
		assertRefused(upload("/imports/new", multipart(0, null, 17 * 1024 * 1024)), "上传的内容过大");
		assertNoStackTrace(output);
	}

	@Test
	void theErrorPathAskedForDirectlyIsNoFailure() throws Exception {
		HttpResponse<String> error = this.browser.send(get("/error"), HttpResponse.BodyHandlers.ofString());
		assertThat(error.statusCode()).isIn(200, 404);
		assertThat(error.body()).doesNotContain("Exception");
		HttpResponse<String> anonymous = HttpClient.newHttpClient()
			.send(get("/error"), HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isIn(200, 404);
	}

	@Test
	void requestsTomcatRefusesItselfCarryTheSecurityHeadersAndNoServerDetails() throws Exception {
		for (String target : new String[] { "/%zz", "/plans?q=%zz", "/a|b{c}", "/%00" }) {
			String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			assertThat(answer).as(target).startsWith("HTTP/1.1 400");
			String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
			assertThat(head).as(target)
				.contains("content-security-policy: ", "frame-ancestors 'none'", "x-content-type-options: nosniff",
						"x-frame-options: deny", "referrer-policy: same-origin");
			assertThat(answer).as(target).doesNotContain("Apache Tomcat", "Exception", "at org.");
		}
	}

	@Test
	void aForgedHostNeverComesBackInARedirect() throws Exception {
		String answer = raw("GET /plans HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 302");
		String location = answer.lines()
			.filter(line -> line.toLowerCase().startsWith("location:"))
			.findFirst()
			.orElseThrow();
		assertThat(location).doesNotContain("evil.example").contains("/login");
		String absolute = raw("GET /plans HTTP/1.1\r\nHost: evil.example:8443\r\nX-Forwarded-Host: evil.example\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(absolute).doesNotContainIgnoringCase("location: http://evil.example");
	}

	private void assertRefused(HttpResponse<String> answer, String message) {
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains(message).doesNotContain("Apache Tomcat", "Exception");
		assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	/**
	 * Where the output of this test's own requests begins (the context's start-up may
	 * have logged before).
	 */
	private int outputBefore;

	@org.junit.jupiter.api.BeforeEach
	void markOutput(CapturedOutput output) {
		this.outputBefore = output.getAll().length();
	}

	private void assertNoStackTrace(CapturedOutput output) {
		assertThat(output.getAll().substring(this.outputBefore)).doesNotContain("\tat org.apache",
				"\tat org.springframework", " ERROR ");
	}

	private HttpResponse<String> upload(String path, byte[] body) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The CSRF token, {@code files} file parts of {@code file}, then extra small parts,
	 * and a text part if asked.
	 */
	private byte[] multipart(int files, byte[] file, int textLength) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		part(out, "_csrf", null, this.csrf.getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < files; i++) {
			part(out, "file", "plan" + i + ".txt", file);
		}
		if (textLength > 0) {
			byte[] text = new byte[textLength];
			Arrays.fill(text, (byte) 'a');
			part(out, "text", null, text);
		}
		out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	private static void part(ByteArrayOutputStream out, String name, String fileName, byte[] content)
			throws IOException {
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ ((fileName != null) ? "; filename=\"" + fileName + "\"\r\nContent-Type: text/plain" : "")
				+ "\r\n\r\n";
		out.write(head.getBytes(StandardCharsets.UTF_8));
		out.write(content);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	/** A request as bytes on a socket, and the whole answer. */
	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String token(String page) {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		return csrf.group(1);
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
