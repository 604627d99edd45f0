package org.leagueplan;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One browser against MockMvc: it keeps the cookies the application sets (the Spring
 * Session cookie among them), so sessions live in the database exactly as in production.
 */
public final class WebClient {

	public static final String SESSION_COOKIE = "SESSION";

	private final MockMvc mvc;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	private String remoteAddress = "127.0.0.1";

	public WebClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	public WebClient from(String address) {
		this.remoteAddress = address;
		return this;
	}

	public ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		String address = this.remoteAddress;
		request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
		if (!this.cookies.isEmpty()) {
			request.cookie(this.cookies.values().toArray(Cookie[]::new));
		}
		ResultActions actions = this.mvc.perform(request);
		MvcResult result = actions.andReturn();
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
		return actions;
	}

	/**
	 * Posts the login form; answers the result (a redirect to / on success, to
	 * /login?error otherwise).
	 */
	public ResultActions login(String username, String password) throws Exception {
		return perform(post("/login").with(csrf()).param("username", username).param("password", password));
	}

	/** The session cookie's value, or {@code null} without a session. */
	public String sessionCookie() {
		Cookie cookie = this.cookies.get(SESSION_COOKIE);
		return (cookie != null) ? cookie.getValue() : null;
	}

	/** The session id (the cookie holds it base64-encoded). */
	public String sessionId() {
		String value = sessionCookie();
		return (value != null) ? new String(java.util.Base64.getDecoder().decode(value)) : null;
	}

}
