package org.leagueplan.supervision;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The group robot channel posts each service's JSON shape to a real local HTTP server and
 * treats an error, an error code or silence as a failed delivery.
 */
class WebhookChannelTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<String> received = new CopyOnWriteArrayList<>();

	private final CountDownLatch release = new CountDownLatch(1);

	private HttpServer server;

	private volatile int status = 200;

	private volatile String answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";

	private volatile boolean silent;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/robot", this::handle);
		this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.release.countDown();
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + "|"
				+ exchange.getRequestHeaders().getFirst("Content-Type"));
		if (this.silent) {
			try {
				this.release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		byte[] body = this.answer.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(this.status, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	private WebhookChannel channel(WebhookFormat format, Duration timeout) {
		return new WebhookChannel("http://127.0.0.1:" + this.server.getAddress().getPort() + "/robot", format, timeout,
				JSON);
	}

	private JsonNode only() {
		assertThat(this.received).hasSize(1);
		String request = this.received.get(0);
		assertThat(request).endsWith("|application/json; charset=utf-8");
		return JSON.readTree(request.substring(0, request.lastIndexOf('|')));
	}

	@Test
	void weComAndDingTalkGetMsgtypeTextWithContent() {
		channel(WebhookFormat.WECOM, Duration.ofSeconds(5)).send("催办：“青年之家”建设 \"已逾期\"");
		JsonNode wecom = only();
		assertThat(wecom.get("msgtype").asString()).isEqualTo("text");
		assertThat(wecom.get("text").get("content").asString()).isEqualTo("催办：“青年之家”建设 \"已逾期\"");
		assertThat(wecom.size()).isEqualTo(2);

		this.received.clear();
		channel(WebhookFormat.DINGTALK, Duration.ofSeconds(5)).send("提醒");
		JsonNode dingtalk = only();
		assertThat(dingtalk.get("msgtype").asString()).isEqualTo("text");
		assertThat(dingtalk.get("text").get("content").asString()).isEqualTo("提醒");
	}

	@Test
	void feishuGetsMsgTypeTextWithContentText() {
		this.answer = "{\"code\":0,\"msg\":\"success\"}";
		channel(WebhookFormat.FEISHU, Duration.ofSeconds(5)).send("到期提醒");
		JsonNode feishu = only();
		assertThat(feishu.get("msg_type").asString()).isEqualTo("text");
		assertThat(feishu.get("content").get("text").asString()).isEqualTo("到期提醒");
		assertThat(feishu.has("msgtype")).isFalse();
	}

	@Test
	void anHttpErrorAnErrorCodeOrNoAnswerInTimeIsAFailedDelivery() {
		this.status = 502;
		assertThatThrownBy(() -> channel(WebhookFormat.WECOM, Duration.ofSeconds(5)).send("x"))
			.isInstanceOf(DeliveryFailed.class)
			.hasMessageContaining("502");

		this.status = 200;
		this.answer = "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}";
		assertThatThrownBy(() -> channel(WebhookFormat.DINGTALK, Duration.ofSeconds(5)).send("x"))
			.isInstanceOf(DeliveryFailed.class)
			.hasMessageContaining("93000");

		this.answer = "{\"code\":19001,\"msg\":\"param invalid\"}";
		assertThatThrownBy(() -> channel(WebhookFormat.FEISHU, Duration.ofSeconds(5)).send("x"))
			.isInstanceOf(DeliveryFailed.class)
			.hasMessageContaining("19001");

		this.answer = "{\"errcode\":0}";
		this.silent = true;
		assertThatThrownBy(() -> channel(WebhookFormat.WECOM, Duration.ofMillis(300)).send("x"))
			.isInstanceOf(DeliveryFailed.class);
	}

	@Test
	void withoutAnAddressTheChannelIsOffAndSendsNothing() {
		WebhookChannel off = new WebhookChannel("", WebhookFormat.WECOM, Duration.ofSeconds(1), JSON);
		assertThat(off.enabled()).isFalse();
		off.send("x");
		assertThat(this.received).isEmpty();
	}

}
