package org.leagueplan.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A form POST as a browser sends it: a valid set of fields, some replaced by the test
 * ({@code "name", "value", …}; a value with commas is several values).
 */
final class FormPost {

	private FormPost() {
	}

	static MockHttpServletRequestBuilder form(String url, Map<String, String> valid, String... replaced) {
		Map<String, String> fields = new LinkedHashMap<>(valid);
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(url).with(staff()).with(csrf());
		fields.forEach((name, value) -> request.param(name, value.split(",", -1)));
		return request;
	}

	static RequestPostProcessor staff() {
		return user("staff").roles("STAFF");
	}

	static RequestPostProcessor leader() {
		return user("leader").roles("LEADER");
	}

	static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
