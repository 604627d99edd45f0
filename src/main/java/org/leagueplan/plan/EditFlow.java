package org.leagueplan.plan;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.leagueplan.system.EditConflict;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The end of every create and edit form: Post-Redirect-Get with a flash message, the
 * conflict page for a stale save, and the first result again for a repeated create.
 */
@Component
class EditFlow {

	static final String MESSAGE = "message";

	private final PlanEditor editor;

	EditFlow(PlanEditor editor) {
		this.editor = editor;
	}

	/**
	 * Runs a create; a second submit of the same form (same token) lands on the first
	 * one's result.
	 */
	String create(EditForm form, Supplier<RecordRef> create, String messageKey, RedirectAttributes redirect) {
		RecordRef result;
		try {
			result = create.get();
		}
		catch (DataIntegrityViolationException ex) {
			result = this.editor.earlierResult(form.getToken()).orElseThrow(() -> ex);
		}
		redirect.addFlashAttribute(MESSAGE, messageKey);
		return PlanRoutes.redirect(result);
	}

	/** Whether this create form was processed already (a double submit). */
	boolean isRepeatedCreate(EditForm form) {
		return this.editor.earlierResult(form.getToken()).isPresent();
	}

	/**
	 * Runs an update; on a stale version shows the stored and the submitted values side
	 * by side (status 409).
	 */
	String update(Supplier<SaveOutcome> update, Supplier<EditConflict> conflict, String successPath, String messageKey,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		SaveOutcome outcome;
		try {
			outcome = update.get();
		}
		catch (OptimisticLockingFailureException ex) {
			outcome = SaveOutcome.CONFLICT;
		}
		if (outcome == SaveOutcome.CONFLICT) {
			model.addAttribute("conflict", conflict.get());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return EditConflict.VIEW;
		}
		redirect.addFlashAttribute(MESSAGE, (outcome == SaveOutcome.SAVED) ? messageKey : "edit.unchanged");
		return PlanRoutes.redirect(successPath);
	}

}
