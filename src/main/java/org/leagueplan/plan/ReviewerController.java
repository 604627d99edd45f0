package org.leagueplan.plan;

import java.util.List;
import java.util.Map;

import org.leagueplan.account.UserDirectory;
import org.leagueplan.account.UserSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN chooses who reviews a plan's progress reports
 * ({@link PlanPermissions#mayReview}): the list of reviewers, adding one, removing one.
 * Each change is a line in the audit log.
 */
@Controller
class ReviewerController {

	private static final String VIEW_REVIEWERS = "plan/reviewers";

	private final PlanPermissions permissions;

	private final PlanReviewers reviewers;

	private final PlanOutline outline;

	private final UserDirectory users;

	private final ApplicationEventPublisher events;

	ReviewerController(PlanPermissions permissions, PlanReviewers reviewers, PlanOutline outline, UserDirectory users,
			ApplicationEventPublisher events) {
		this.permissions = permissions;
		this.reviewers = reviewers;
		this.outline = outline;
		this.users = users;
		this.events = events;
	}

	@GetMapping("/plans/{planId}/reviewers")
	@Transactional(readOnly = true)
	String showReviewers(@PathVariable long planId, Model model) {
		this.permissions.checkManageReviewers();
		Plan plan = this.outline.plan(planId);
		List<Long> ids = this.reviewers.reviewersOf(planId);
		Map<Long, UserSummary> named = this.users.findByIds(ids);
		model.addAttribute("plan", plan);
		model.addAttribute("reviewers", ids.stream().map(named::get).filter(user -> user != null).toList());
		model.addAttribute("candidates",
				this.users.findAssignable().stream().filter(user -> !ids.contains(user.id())).toList());
		return VIEW_REVIEWERS;
	}

	@PostMapping("/plans/{planId}/reviewers")
	@Transactional
	String addReviewer(@PathVariable long planId, @RequestParam(required = false) Long userId,
			RedirectAttributes redirect) {
		this.permissions.checkManageReviewers();
		Plan plan = this.outline.plan(planId);
		if (userId == null || !this.users.exists(userId)) {
			redirect.addFlashAttribute("failure", "review.reviewers.unknownUser");
		}
		else if (this.reviewers.add(planId, userId)) {
			this.events.publishEvent(new PlanChanged("REVIEWER_ADDED", "plan", planId, plan.getTitle(), null,
					"reviewer user " + userId));
			redirect.addFlashAttribute("message", "review.reviewers.added");
		}
		return "redirect:/plans/{planId}/reviewers";
	}

	@PostMapping("/plans/{planId}/reviewers/{userId}/remove")
	@Transactional
	String removeReviewer(@PathVariable long planId, @PathVariable long userId, RedirectAttributes redirect) {
		this.permissions.checkManageReviewers();
		Plan plan = this.outline.plan(planId);
		if (this.reviewers.remove(planId, userId)) {
			this.events.publishEvent(new PlanChanged("REVIEWER_REMOVED", "plan", planId, plan.getTitle(),
					"reviewer user " + userId, null));
			redirect.addFlashAttribute("message", "review.reviewers.removed");
		}
		return "redirect:/plans/{planId}/reviewers";
	}

}
