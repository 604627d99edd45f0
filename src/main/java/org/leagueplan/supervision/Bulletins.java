package org.leagueplan.supervision;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.leagueplan.account.Role;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.account.UserSummary;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.reporting.ExecutionReport;
import org.leagueplan.reporting.ExecutionReports;
import org.leagueplan.reporting.ReportPeriod;
import org.leagueplan.system.CommitteeTime;
import org.leagueplan.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing a bulletin (情况通报): the plan's report of a month or a quarter goes to the inbox
 * of everyone who belongs to a unit, and of every leader, in one step and once per
 * period; who has read it is each entry's read mark.
 */
@Service
class Bulletins {

	private final BulletinRepository bulletins;

	private final ExecutionReports reports;

	private final PlanPermissions permissions;

	private final UserDirectory users;

	private final Inbox inbox;

	private final InboxEntryRepository entries;

	private final CommitteeTime time;

	private final ApplicationEventPublisher events;

	Bulletins(BulletinRepository bulletins, ExecutionReports reports, PlanPermissions permissions, UserDirectory users,
			Inbox inbox, InboxEntryRepository entries, CommitteeTime time, ApplicationEventPublisher events) {
		this.bulletins = bulletins;
		this.reports = reports;
		this.permissions = permissions;
		this.users = users;
		this.inbox = inbox;
		this.entries = entries;
		this.time = time;
		this.events = events;
	}

	/**
	 * Issues the plan's report of the period (written {@code 2026-11} or {@code 2026-Q4})
	 * to every unit member and leader. Refused for anyone without the plan-wide right
	 * (403), for a period that cannot be read or lies outside the plan's year (400), and
	 * a second time for the same period ({@link AlreadyIssued}).
	 */
	@Transactional
	Bulletin issue(long planId, String periodText, long issuerId) {
		if (!this.permissions.mayEditPlan()) {
			throw new AccessDeniedException("bulletin of plan " + planId);
		}
		if (periodText == null || periodText.isBlank()) {
			throw new org.leagueplan.system.BadRequestException("report.period.invalid", "");
		}
		ExecutionReport report = this.reports.build(planId, periodText);
		String period = report.period().code();
		this.bulletins.findByPlanIdAndPeriod(planId, period).ifPresent((earlier) -> {
			throw new AlreadyIssued(earlier.getId(), period);
		});
		String subject = report.plan().title() + " · " + period;
		Bulletin bulletin = this.bulletins
			.saveAndFlush(new Bulletin(planId, period, subject, this.time.now(), issuerId));
		List<UserSummary> readers = this.users.enabledMembersOfAnyUnitOr(Role.LEADER);
		for (UserSummary reader : readers) {
			this.inbox.post(new Notice(reader.id(), NoticeKind.BULLETIN, planId, null, subject, null,
					bulletin.keyFor(reader.id()), bulletin.getId()));
		}
		bulletin.sentTo(readers.size());
		this.events
			.publishEvent(new SupervisionEvent("BULLETIN_ISSUED", "plan " + planId, subject + " → " + readers.size()));
		return bulletin;
	}

	/**
	 * The bulletin already issued for the plan and period, if any: after a refused
	 * duplicate, when two people issued the same period at the same moment.
	 */
	@Transactional(readOnly = true)
	java.util.Optional<Bulletin> issued(long planId, String periodText) {
		return this.bulletins.findByPlanIdAndPeriod(planId, ReportPeriod.parse(periodText).code());
	}

	@Transactional(readOnly = true)
	List<Bulletin> ofPlan(long planId) {
		return this.bulletins.findByPlanIdOrderByIssuedAtDesc(planId);
	}

	@Transactional(readOnly = true)
	Bulletin bulletin(long bulletinId) {
		return this.bulletins.findById(bulletinId).orElseThrow(() -> new NotFoundException("bulletin", bulletinId));
	}

	/** How many readers have opened each of the plan's bulletins, by bulletin id. */
	@Transactional(readOnly = true)
	Map<Long, Long> readCounts(long planId) {
		return this.entries.countReadByBulletin(planId)
			.stream()
			.collect(Collectors.toMap(InboxEntryRepository.BulletinReads::bulletinId,
					InboxEntryRepository.BulletinReads::readers));
	}

	/** Each reader of the bulletin with the entry they received (read or not). */
	@Transactional(readOnly = true)
	List<Reader> readers(Bulletin bulletin) {
		List<InboxEntry> sent = this.entries.findByBulletinIdOrderById(bulletin.getId());
		Map<Long, UserSummary> people = this.users.findByIds(sent.stream().map(InboxEntry::getUserId).toList());
		return sent.stream()
			.filter((entry) -> people.containsKey(entry.getUserId()))
			.map((entry) -> new Reader(people.get(entry.getUserId()), entry))
			.toList();
	}

	record Reader(UserSummary person, InboxEntry entry) {
	}

}
