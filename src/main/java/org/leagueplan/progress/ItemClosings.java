package org.leagueplan.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.leagueplan.account.UserDirectory;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanUpdates;
import org.leagueplan.progress.EvidenceAttachments.Upload;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Closing an item (办结销号, docs/supervision.md): staff who may report on the item ask to
 * close it with a summary and evidence (files and links, optional, checked and stored by
 * {@link EvidenceAttachments} as a report's are, and kept with the request's step of the
 * trail); a reviewer of the plan (never of their own request) accepts — the item becomes
 * completed — or returns it with a reason; a reviewer or ADMIN reopens a closed item with
 * a reason (it is in progress again). Every step is version-checked, written to the
 * item's closing trail and the audit log, and published; a refused step changes nothing.
 */
@Service
@Transactional
class ItemClosings {

	/** The longest closing summary. */
	static final int MAX_SUMMARY = 2000;

	/** The longest reason of a return or a reopening. */
	static final int MAX_REASON = 500;

	private final ItemClosingRepository closings;

	private final ItemClosingStepRepository trail;

	private final EvidenceAttachments attachments;

	private final EvidenceRepository evidence;

	private final PlanPermissions permissions;

	private final PlanQueries plans;

	private final PlanUpdates planUpdates;

	private final UserDirectory users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ItemClosings(ItemClosingRepository closings, ItemClosingStepRepository trail, EvidenceAttachments attachments,
			EvidenceRepository evidence, PlanPermissions permissions, PlanQueries plans, PlanUpdates planUpdates,
			UserDirectory users, ApplicationEventPublisher events, Clock clock) {
		this.closings = closings;
		this.trail = trail;
		this.attachments = attachments;
		this.evidence = evidence;
		this.permissions = permissions;
		this.plans = plans;
		this.planUpdates = planUpdates;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** What a closing step came to. */
	enum Outcome {

		DONE, STALE, WRONG_STATE, OWN_REQUEST, SUMMARY_REQUIRED, SUMMARY_TOO_LONG, SUMMARY_CHARACTERS, EVIDENCE,
		REASON_REQUIRED, REASON_TOO_LONG, REASON_CHARACTERS

	}

	/**
	 * An item's closing as its page shows it: state (null: never asked), version, trail,
	 * and the evidence of each request by its step's id.
	 */
	record View(long itemId, long planId, ClosingState state, long version, String summary, Long requesterId,
			List<ItemClosingStep> trail, Map<Long, List<Evidence>> evidence, boolean mayRequest, boolean mayDecide,
			boolean mayReopen) {

		/**
		 * The evidence of the waiting request (the last step asking), for its reviewer.
		 */
		public List<Evidence> requestEvidence() {
			for (int i = this.trail.size() - 1; i >= 0; i--) {
				if (ClosingState.REQUESTED.name().equals(this.trail.get(i).getAction())) {
					return this.evidence.getOrDefault(this.trail.get(i).getId(), List.of());
				}
			}
			return List.of();
		}

	}

	@Transactional(readOnly = true)
	View view(long itemId) {
		long planId = planOf(itemId);
		ItemClosing closing = this.closings.findById(itemId).orElse(null);
		ClosingState state = (closing != null) ? closing.getState() : null;
		boolean reviewer = this.permissions.mayReview(planId);
		Long me = currentUserId();
		boolean openForRequest = closing == null || closing.isOpenForRequest();
		List<ItemClosingStep> steps = this.trail.findByItemIdOrderByIdAsc(itemId);
		Map<Long, List<Evidence>> evidence = steps.isEmpty() ? Map.of()
				: this.evidence.findByClosingStepIdInOrderByIdAsc(steps.stream().map(ItemClosingStep::getId).toList())
					.stream()
					.collect(Collectors.groupingBy(Evidence::getClosingStepId));
		return new View(itemId, planId, state, (closing != null) ? closing.getVersion() : -1,
				(closing != null) ? closing.getSummary() : null, (closing != null) ? closing.getRequesterId() : null,
				steps, evidence, openForRequest && this.permissions.mayReportOn(itemId),
				state == ClosingState.REQUESTED && reviewer && (me == null || !me.equals(closing.getRequesterId())),
				state == ClosingState.ACCEPTED && reviewer);
	}

	/**
	 * Asks to close the item with a summary (required, at most {@link #MAX_SUMMARY}
	 * characters, no control characters but line breaks) and evidence (optional; the
	 * files and links of a report, by the same rules). Bad evidence is rejected on
	 * {@code errors} (fields {@code files} and {@code links}) and answers
	 * {@link Outcome#EVIDENCE} unless the summary is wrong too; a refused request stores
	 * none of it.
	 * @param version the closing's version as shown, {@code -1} where none was asked yet
	 * @param errors the evidence form's binding result, rejections of the binding
	 * included
	 */
	Outcome request(long itemId, long version, String summary, EvidenceForm evidence, Errors errors) {
		this.permissions.checkReportOn(itemId);
		long planId = planOf(itemId);
		ItemClosing closing = this.closings.findForUpdate(itemId).orElse(null);
		if (((closing != null) ? closing.getVersion() : -1) != version) {
			return Outcome.STALE;
		}
		if (closing != null && !closing.isOpenForRequest()) {
			return Outcome.WRONG_STATE;
		}
		Outcome bad = textProblem(summary, MAX_SUMMARY, Outcome.SUMMARY_REQUIRED);
		List<Upload> uploads = this.attachments.check(evidence, errors);
		if (bad != null) {
			return bad;
		}
		if (errors.hasErrors()) {
			return Outcome.EVIDENCE;
		}
		if (closing == null) {
			closing = new ItemClosing(itemId, planId);
		}
		Long requester = currentUserId();
		closing.request(summary, requester);
		this.closings.saveAndFlush(closing);
		Instant now = this.clock.instant();
		ItemClosingStep step = this.trail
			.save(new ItemClosingStep(itemId, ClosingState.REQUESTED, summary, requester, now));
		this.attachments.store(Evidence.Owner.closingStep(step.getId()), evidence, uploads, now);
		this.events.publishEvent(new ProgressReported("CLOSING_REQUESTED", "item " + itemId, summary));
		this.events.publishEvent(new ClosingRequested(itemId, planId, idOrZero(requester), step.getId()));
		return Outcome.DONE;
	}

	/** Accepts the item's waiting request: the item is completed. */
	Outcome accept(long itemId, long version) {
		return decide(itemId, version, true, null);
	}

	/**
	 * Returns the item's waiting request with a reason (required, ≤ {@link #MAX_REASON}).
	 */
	Outcome returnRequest(long itemId, long version, String reason) {
		return decide(itemId, version, false, reason);
	}

	private Outcome decide(long itemId, long version, boolean accept, String reason) {
		long planId = planOf(itemId);
		this.permissions.checkReview(planId);
		ItemClosing closing = this.closings.findForUpdate(itemId).orElse(null);
		if (closing == null || closing.getVersion() != version) {
			return Outcome.STALE;
		}
		if (closing.getState() != ClosingState.REQUESTED) {
			return Outcome.WRONG_STATE;
		}
		Long reviewer = currentUserId();
		if (reviewer != null && reviewer.equals(closing.getRequesterId())) {
			return Outcome.OWN_REQUEST;
		}
		if (!accept) {
			Outcome bad = textProblem(reason, MAX_REASON, Outcome.REASON_REQUIRED);
			if (bad != null) {
				return bad;
			}
		}
		long requestStep = lastRequestStep(itemId);
		closing.decide(accept);
		this.closings.saveAndFlush(closing);
		this.trail.save(new ItemClosingStep(itemId, accept ? ClosingState.ACCEPTED : ClosingState.RETURNED,
				accept ? null : reason, reviewer, this.clock.instant()));
		if (accept) {
			this.planUpdates.changeItemStatus(itemId, ItemStatus.COMPLETED);
		}
		this.events.publishEvent(new ProgressReported(accept ? "CLOSING_ACCEPTED" : "CLOSING_RETURNED",
				"item " + itemId, accept ? closing.getSummary() : reason));
		this.events.publishEvent(new ClosingDecided(itemId, planId, idOrZero(closing.getRequesterId()),
				idOrZero(reviewer), accept, accept ? null : reason, requestStep));
		return Outcome.DONE;
	}

	/**
	 * Reopens a closed item with a reason (required, ≤ {@link #MAX_REASON}): it is in
	 * progress again and may be asked to close anew. A reviewer of the plan or ADMIN.
	 */
	Outcome reopen(long itemId, long version, String reason) {
		long planId = planOf(itemId);
		this.permissions.checkReview(planId);
		ItemClosing closing = this.closings.findForUpdate(itemId).orElse(null);
		if (closing == null || closing.getVersion() != version) {
			return Outcome.STALE;
		}
		if (closing.getState() != ClosingState.ACCEPTED) {
			return Outcome.WRONG_STATE;
		}
		Outcome bad = textProblem(reason, MAX_REASON, Outcome.REASON_REQUIRED);
		if (bad != null) {
			return bad;
		}
		closing.reopen();
		this.closings.saveAndFlush(closing);
		this.trail
			.save(new ItemClosingStep(itemId, ClosingState.REOPENED, reason, currentUserId(), this.clock.instant()));
		this.planUpdates.changeItemStatus(itemId, ItemStatus.IN_PROGRESS);
		this.events.publishEvent(new ProgressReported("ITEM_REOPENED", "item " + itemId, reason));
		return Outcome.DONE;
	}

	/** The plan's requests waiting for a decision, for its reviewers. */
	@Transactional(readOnly = true)
	List<ItemClosing> waiting(long planId) {
		this.permissions.checkReview(planId);
		return this.closings.findByPlanIdAndStateOrderByItemIdAsc(planId, ClosingState.REQUESTED);
	}

	/** What is wrong with a summary or reason, or {@code null}. */
	private static Outcome textProblem(String text, int max, Outcome required) {
		StepText problem = StepText.problemOf(text, max);
		if (problem == null) {
			return null;
		}
		return (required == Outcome.SUMMARY_REQUIRED)
				? problem.as(required, Outcome.SUMMARY_TOO_LONG, Outcome.SUMMARY_CHARACTERS)
				: problem.as(required, Outcome.REASON_TOO_LONG, Outcome.REASON_CHARACTERS);
	}

	private long lastRequestStep(long itemId) {
		return this.trail.findFirstByItemIdAndActionOrderByIdDesc(itemId, ClosingState.REQUESTED.name())
			.map(ItemClosingStep::getId)
			.orElse(0L);
	}

	private long planOf(long itemId) {
		return this.plans.itemContext(itemId).plan().id();
	}

	private Long currentUserId() {
		return this.users.current().map(user -> user.id()).orElse(null);
	}

	private static long idOrZero(Long id) {
		return (id != null) ? id : 0;
	}

}
