package org.leagueplan.supervision;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a text to a chat group's robot (企业微信, 钉钉 or 飞书), configured by
 * {@code leagueplan.webhook.url} and {@code leagueplan.webhook.format}; off while the
 * address is empty. The robot's address holds its secret key, so it is never logged.
 */
@Component
class WebhookChannel {

	private final URI url;

	private final WebhookFormat format;

	private final Duration timeout;

	private final HttpClient client;

	private final JsonMapper json;

	WebhookChannel(@Value("${leagueplan.webhook.url:}") String url,
			@Value("${leagueplan.webhook.format:WECOM}") WebhookFormat format,
			@Value("${leagueplan.webhook.timeout:PT10S}") Duration timeout, JsonMapper json) {
		this.url = url.isBlank() ? null : URI.create(url.strip());
		this.format = format;
		this.timeout = timeout;
		this.json = json;
		this.client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	boolean enabled() {
		return this.url != null;
	}

	/**
	 * Sends the text; throws {@link DeliveryFailed} when the robot cannot be reached,
	 * does not answer in time, or answers with an error (an HTTP error, or a non-zero
	 * {@code errcode} / {@code code} in its answer).
	 */
	void send(String text) {
		if (!enabled()) {
			return;
		}
		HttpRequest request = HttpRequest.newBuilder(this.url)
			.timeout(this.timeout)
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(this.format.body(text)),
					StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new DeliveryFailed("The " + this.format + " robot could not be reached: " + ex.getClass().getName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryFailed("Interrupted while posting to the " + this.format + " robot");
		}
		if (response.statusCode() / 100 != 2) {
			throw new DeliveryFailed("The " + this.format + " robot answered HTTP " + response.statusCode());
		}
		long error = errorCode(response.body());
		if (error != 0) {
			throw new DeliveryFailed("The " + this.format + " robot refused the message with code " + error);
		}
	}

	/** The error code a robot answers in its JSON ({@code errcode}, 飞书: {@code code}). */
	private long errorCode(String body) {
		try {
			JsonNode answer = this.json.readTree(body);
			JsonNode code = answer.has("errcode") ? answer.get("errcode") : answer.get("code");
			return (code != null && code.isNumber()) ? code.asLong() : 0;
		}
		catch (JacksonException ex) {
			return 0;
		}
	}

}
