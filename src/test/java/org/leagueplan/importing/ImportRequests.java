package org.leagueplan.importing;

import org.leagueplan.importing.ImportForm.ItemRow;
import org.leagueplan.importing.ImportForm.MilestoneRow;
import org.leagueplan.importing.ImportForm.SectionRow;
import org.leagueplan.importing.ImportForm.TargetRow;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * The check page's form as a browser sends it, for tests that correct an import without a
 * browser.
 */
final class ImportRequests {

	private ImportRequests() {
	}

	/** Uploads a file on the import page as the person; returns the new import's id. */
	static long upload(MockMvc mvc, UserDetails person, String name, byte[] content) throws Exception {
		String location = mvc
			.perform(multipart("/imports/new")
				.file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.with(user(person))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/imports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** The form as the preview page posts it. */
	static MockHttpServletRequestBuilder formPost(UserDetails person, long importId, ImportForm form, String action) {
		MockHttpServletRequestBuilder request = post("/imports/" + importId).with(user(person))
			.with(csrf())
			.param("action", action)
			.param("complete", "true")
			.param("version", Long.toString(form.getVersion()))
			.param("title", (form.getTitle() != null) ? form.getTitle() : "")
			.param("year", (form.getYear() != null) ? form.getYear().toString() : "")
			.param("organization", form.getOrganization())
			.param("preamble", (form.getPreamble() != null) ? form.getPreamble() : "")
			.param("intoPlanId", (form.getIntoPlanId() != null) ? form.getIntoPlanId().toString() : "");
		for (int s = 0; s < form.getSections().size(); s++) {
			SectionRow section = form.getSections().get(s);
			request.param("sections[" + s + "].label", section.getLabel())
				.param("sections[" + s + "].title", section.getTitle())
				.param("sections[" + s + "].parent",
						(section.getParent() != null) ? section.getParent().toString() : "");
		}
		for (int i = 0; i < form.getItems().size(); i++) {
			ItemRow item = form.getItems().get(i);
			String p = "items[" + i + "].";
			request.param(p + "key", (item.getKey() != null) ? item.getKey() : "")
				.param(p + "section", Integer.toString(item.getSection()))
				.param(p + "heading", item.getHeading())
				.param(p + "text", item.getText())
				.param(p + "start", (item.getStart() != null) ? item.getStart().toString() : "")
				.param(p + "end", (item.getEnd() != null) ? item.getEnd().toString() : "")
				.param(p + "status", item.getStatus().name())
				.param(p + "owner", text(item.getOwner()))
				.param(p + "leadUnit", text(item.getLeadUnit()))
				.param(p + "assistUnits", text(item.getAssistUnits()))
				.param(p + "removed", Boolean.toString(item.isRemoved()))
				.param(p + "datesConfirmed", Boolean.toString(item.isDatesConfirmed()));
			for (int t = 0; t < item.getTargets().size(); t++) {
				TargetRow target = item.getTargets().get(t);
				String q = p + "targets[" + t + "].";
				request.param(q + "key", text(target.getKey()))
					.param(q + "name", (target.getName() != null) ? target.getName() : "")
					.param(q + "kind", target.getKind().name())
					.param(q + "comparator", target.getComparator().name())
					.param(q + "value", (target.getValue() != null) ? target.getValue().toPlainString() : "")
					.param(q + "unit", text(target.getUnit()))
					.param(q + "baseline", (target.getBaseline() != null) ? target.getBaseline().toPlainString() : "")
					.param(q + "dueDate", (target.getDueDate() != null) ? target.getDueDate().toString() : "")
					.param(q + "note", text(target.getNote()))
					.param(q + "confirmed", Boolean.toString(target.isConfirmed()))
					.param(q + "removed", Boolean.toString(target.isRemoved()));
			}
			for (int m = 0; m < item.getMilestones().size(); m++) {
				MilestoneRow milestone = item.getMilestones().get(m);
				String q = p + "milestones[" + m + "].";
				request.param(q + "title", (milestone.getTitle() != null) ? milestone.getTitle() : "")
					.param(q + "date", (milestone.getDate() != null) ? milestone.getDate().toString() : "")
					.param(q + "done", Boolean.toString(milestone.isDone()))
					.param(q + "removed", Boolean.toString(milestone.isRemoved()));
			}
		}
		return request;
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
