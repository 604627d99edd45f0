package org.leagueplan.supervision;

import jakarta.validation.Valid;
import org.leagueplan.supervision.Assignments.SignOutcome;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signing for an assignment (签收), from 我的待办 or the signature page: a STAFF member of the
 * assigned unit only (403 for anyone else). A note that is too long or holds control
 * characters re-shows the signature page with the person's input; a stale version, an
 * assignment signed already or withdrawn is refused with a message, and nothing is saved.
 */
@Controller
class AssignmentController {

	static final String VIEW_SIGN_FOR = "supervision/signFor";

	private final Assignments assignments;

	private final MyWork myWork;

	AssignmentController(Assignments assignments, MyWork myWork) {
		this.assignments = assignments;
		this.myWork = myWork;
	}

	@PostMapping("/assignments/{assignmentId}/sign")
	String processSignForm(@PathVariable long assignmentId, @Valid SignForForm signForForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.assignments.checkSignFor(assignmentId);
		if (result.hasErrors()) {
			model.addAttribute("assignment", this.myWork.assignment(assignmentId));
			return VIEW_SIGN_FOR;
		}
		SignOutcome outcome;
		try {
			outcome = this.assignments.sign(assignmentId, signForForm.getVersion(), signForForm.getNote());
		}
		catch (OptimisticLockingFailureException ex) {
			outcome = SignOutcome.STALE;
		}
		switch (outcome) {
			case SIGNED -> redirect.addFlashAttribute("message", "assignment.signed");
			case STALE -> redirect.addFlashAttribute("failure", "assignment.refused.stale");
			case ALREADY_SIGNED -> redirect.addFlashAttribute("failure", "assignment.refused.signed");
			case WITHDRAWN -> redirect.addFlashAttribute("failure", "assignment.refused.withdrawn");
		}
		return "redirect:" + MyWorkController.PATH;
	}

}
