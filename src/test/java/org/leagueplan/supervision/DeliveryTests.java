package org.leagueplan.supervision;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUser;
import org.leagueplan.account.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each new inbox entry goes out by e-mail (a real SMTP server, GreenMail) and to the
 * group robot (a real local HTTP server), each channel on its own: a robot that fails is
 * tried again by the retry job until it takes the message, once, while the e-mail went
 * once and the inbox entry stayed whole throughout.
 */
@SpringBootTest(properties = { "leagueplan.webhook.format=WECOM", "leagueplan.webhook.timeout=PT5S",
		"leagueplan.delivery.retry-interval=PT1H", "leagueplan.base-url=https://plan.example.org/" })
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
class DeliveryTests {

	private static final ServerSetup SMTP = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	private static final List<String> robotCalls = new CopyOnWriteArrayList<>();

	private static final AtomicInteger failuresLeft = new AtomicInteger();

	private static final HttpServer robot = startRobot();

	@Autowired
	private Inbox inbox;

	@Autowired
	private TestUsers users;

	@Autowired
	private DeliveryRetry retry;

	@Autowired
	private TestClock clock;

	private static HttpServer startRobot() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/robot", exchange -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				boolean fail = failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
				robotCalls.add((fail ? "FAILED " : "OK ") + body);
				byte[] answer = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(fail ? 503 : 200, answer.length);
				exchange.getResponseBody().write(answer);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("leagueplan.webhook.url",
				() -> "http://127.0.0.1:" + robot.getAddress().getPort() + "/robot?key=secret");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stopRobot() {
		robot.stop(0);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private List<String> callsFor(String marker) {
		return robotCalls.stream().filter(call -> call.contains(marker)).toList();
	}

	private List<MimeMessage> mailsFor(String marker) throws Exception {
		List<MimeMessage> found = new java.util.ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getSubject().contains(marker)) {
				found.add(message);
			}
		}
		return found;
	}

	@Test
	void aFailingRobotIsTriedAgainUntilItTakesTheMessageOnceWhileMailWentOnce() throws Exception {
		TestUser reader = this.users.create(Role.STAFF, Set.of(), false);
		this.users.setEmail(reader, "reader@example.org");
		String marker = "青年之家" + UUID.randomUUID().toString().substring(0, 6);
		failuresLeft.set(1);

		assertThat(this.inbox
			.post(new Notice(reader.id(), NoticeKind.PRESSED, null, null, marker, "请本周内报送", "test:delivery:" + marker)))
			.isTrue();

		await().atMost(Duration.ofSeconds(20))
			.until(() -> callsFor(marker).size() == 1 && mailsFor(marker).size() == 1);
		assertThat(callsFor(marker).get(0)).startsWith("FAILED ");
		assertThat(this.inbox.entries(reader.id(), PageRequest.of(0, 10)).getContent())
			.extracting(InboxEntry::getSubject)
			.containsExactly(marker);
		MimeMessage mail = mailsFor(marker).get(0);
		assertThat(mail.getSubject()).isEqualTo("【催办】" + marker);
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("reader@example.org");
		assertThat((String) mail.getContent()).contains("督办办公室留言：请本周内报送").contains("https://plan.example.org/inbox");

		this.retry.resubmit();
		assertThat(callsFor(marker)).hasSize(1);

		this.clock.advance(Duration.ofMinutes(2));
		this.retry.resubmit();
		await().atMost(Duration.ofSeconds(20)).until(() -> callsFor(marker).size() == 2);
		String delivered = callsFor(marker).get(1);
		assertThat(delivered).startsWith("OK ").contains("\"msgtype\":\"text\"").contains("致测试STAFF：【催办】" + marker);

		this.clock.advance(Duration.ofMinutes(2));
		this.retry.resubmit();
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> callsFor(marker).size() == 2);
		assertThat(mailsFor(marker)).hasSize(1);
		assertThat(this.inbox.entries(reader.id(), PageRequest.of(0, 10)).getContent()).hasSize(1);
	}

	@Test
	void aReaderWithoutAnAddressGetsNoMailButTheRobotMessage() throws Exception {
		TestUser reader = this.users.create(Role.STAFF, Set.of(), false);
		String marker = "无邮箱" + UUID.randomUUID().toString().substring(0, 6);
		this.inbox
			.post(new Notice(reader.id(), NoticeKind.REPORT_DUE, null, null, marker, null, "test:nomail:" + marker));
		await().atMost(Duration.ofSeconds(20)).until(() -> callsFor(marker).size() == 1);
		assertThat(callsFor(marker).get(0)).startsWith("OK ").contains("【临近填报】" + marker);
		assertThat(mailsFor(marker)).isEmpty();
	}

}
