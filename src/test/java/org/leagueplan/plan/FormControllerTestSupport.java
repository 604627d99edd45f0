package org.leagueplan.plan;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.leagueplan.plan.FormPost.leader;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * What every edit form's slice test checks the same way: LEADER is refused, anonymous
 * visitors go to the login page, a POST without the CSRF token is refused, and a rejected
 * field re-shows the form and saves nothing.
 */
abstract class FormControllerTestSupport {

	@Autowired
	protected MockMvc mvc;

	@MockitoBean
	protected PlanPermissions access;

	@BeforeEach
	void everythingIsInScope() {
		given(this.access.scope()).willReturn(EditScope.EVERYTHING);
	}

	/** The edit form's address, e.g. {@code /items/3/edit}. */
	protected abstract String editUrl();

	/** A valid submission of the edit form. */
	protected abstract Map<String, String> validFields();

	/** The form's view and model attribute name. */
	protected abstract String formView();

	protected abstract String formName();

	/** Fails when the editor was asked to save anything. */
	protected abstract void verifyNothingSaved();

	/** Who may use the form. */
	protected RequestPostProcessor editor() {
		return FormPost.staff();
	}

	@Test
	void leaderMayNotEdit() throws Exception {
		this.mvc.perform(edit().with(leader())).andExpect(status().isForbidden());
		verifyNothingSaved();
	}

	@Test
	void anonymousIsSentToLogin() throws Exception {
		this.mvc.perform(post(editUrl()).with(csrf())).andExpect(redirectedUrl("/login"));
		verifyNothingSaved();
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post(editUrl()).with(editor())).andExpect(status().isForbidden());
		verifyNothingSaved();
	}

	/** A valid edit with some fields replaced ({@code "name", "value", …}). */
	protected MockHttpServletRequestBuilder edit(String... replaced) {
		return FormPost.form(editUrl(), validFields(), replaced).with(editor());
	}

	protected void expectFieldError(MockHttpServletRequestBuilder request, String field, String code) throws Exception {
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(view().name(formView()))
			.andExpect(model().attributeHasFieldErrorCode(formName(), field, code));
		verifyNothingSaved();
	}

}
