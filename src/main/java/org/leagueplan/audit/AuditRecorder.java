package org.leagueplan.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.leagueplan.account.AccountEvent;
import org.leagueplan.assessment.AssessmentWeightsChanged;
import org.leagueplan.plan.PlanChanged;
import org.leagueplan.supervision.SupervisionEvent;
import org.leagueplan.progress.ProgressReported;
import org.leagueplan.supervision.AssignmentChanged;
import org.leagueplan.supervision.SupervisionSettingsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes what the account and plan modules report into the audit log, with the person and
 * client address of the request. It listens synchronously, inside the publisher's
 * transaction: a change and its audit line are committed together or not at all.
 */
@Component
class AuditRecorder {

	private static final Logger log = LoggerFactory.getLogger("leagueplan.audit");

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditRecorder(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@EventListener
	void on(AccountEvent event) {
		record(event.kind(), event.subject(), event.summary(), event.before(), event.after());
	}

	@EventListener
	void on(ProgressReported event) {
		record(event.kind(), event.subject(), event.summary(), null, null);
	}

	@EventListener
	void on(SupervisionEvent event) {
		record(event.kind(), event.subject(), event.summary(), null, null);
	}

	@EventListener
	void on(PlanChanged event) {
		record("PLAN_" + event.action(), event.recordType() + " " + event.recordId(), event.title(), event.before(),
				event.after());
	}

	@EventListener
	void on(AssignmentChanged event) {
		record("ASSIGNMENT_" + event.action(), "assignment " + event.assignmentId(), event.title(), event.before(),
				event.after());
	}

	@EventListener
	void on(SupervisionSettingsChanged event) {
		record("SUPERVISION_SETTINGS_CHANGED", "plan " + event.planId(), null, event.before(), event.after());
	}

	@EventListener
	void on(AssessmentWeightsChanged event) {
		record("ASSESSMENT_WEIGHTS_CHANGED", "plan " + event.planId(), null, event.before(), event.after());
	}

	private void record(String kind, String subject, String summary, String before, String after) {
		AuditEntry entry = this.entries.save(
				new AuditEntry(this.clock.instant(), kind, actor(), clientAddress(), subject, summary, before, after));
		log.info("{} actor={} address={} subject={}", entry.getKind(), entry.getActor(), entry.getClientAddress(),
				entry.getSubject());
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication.getName();
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
