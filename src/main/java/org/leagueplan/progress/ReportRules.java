package org.leagueplan.progress;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanQueries.ItemContext;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.system.CommitteeTime;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What a report on a target must be to be taken — the one set of rules every report
 * passes: a person's (the report form), one restored from a plan workbook
 * ({@link ProgressHistory#restore}), one recorded as people made it
 * ({@link ProgressHistory#record}), the import's check of a workbook's history before it
 * is saved. A counted target takes no report at all ({@link #countedViolations}). A
 * numeric target's report has a value, a percentage at most 100
 * ({@link TargetKind#exceedsMaximum}); a yes/no or deadline target's says done or not;
 * the as-of day is in the plan's year and not after today in the committee's zone; at
 * most {@link #MAX_LINKS} links, each a web address. A report that leaves its target red
 * needs a reason and a corrective action ({@link #reasonViolations}) and, made by a
 * person, a deadline for the action ({@link #deadlineViolations}); a report entered at a
 * given time has its as-of day not after that time's day, and that time not in the future
 * ({@link #enteredViolations}).
 * <p>
 * Each check answers the broken rules as {@link Violation}s — the field, the message code
 * and its arguments, the same as a person's form shows — so a caller may reject a form's
 * field, flag a row of a preview, or refuse the whole.
 */
@Component
public class ReportRules {

	/** The most links one report or item update may have. */
	public static final int MAX_LINKS = 10;

	/** The longest web address evidence may link to. */
	public static final int MAX_LINK_LENGTH = 1000;

	private final CommitteeTime time;

	private final PlanJudge judge;

	private final CountedTargets counted;

	ReportRules(CommitteeTime time, PlanJudge judge, CountedTargets counted) {
		this.time = time;
		this.judge = judge;
		this.counted = counted;
	}

	/**
	 * A counted target ({@link CountedValues}: its value is the count of a register's
	 * accepted entries, or its units' quotas added up) takes no report of a value: one
	 * {@code report.counted} violation of the report as a whole; none for any other
	 * target.
	 */
	public List<Violation> countedViolations(long targetId) {
		return this.counted.isCounted(targetId) ? List.of(Violation.of(null, "report.counted")) : List.of();
	}

	/**
	 * A report as the rules see it.
	 *
	 * @param kind the kind of the target as it takes the report
	 * @param value the value, for a numeric target
	 * @param done whether it is done, for a yes/no or deadline target
	 * @param planYear the year of the plan the target is in
	 * @param links the addresses of its evidence links
	 */
	public record Report(TargetKind kind, BigDecimal value, Boolean done, LocalDate asOf, int planYear,
			List<String> links) {

		public Report {
			links = (links != null) ? List.copyOf(links) : List.of();
		}

	}

	/**
	 * A broken rule: the form field it concerns ({@code value}, {@code done},
	 * {@code asOf}, {@code links}, {@code reason}, {@code correctiveAction},
	 * {@code actionDeadline}, or {@code null} for the report as a whole), its message
	 * code in messages*.properties and the code's arguments.
	 */
	public record Violation(String field, String code, List<Object> arguments) implements MessageSourceResolvable {

		public Violation {
			arguments = List.copyOf(arguments);
		}

		static Violation of(String field, String code, Object... arguments) {
			return new Violation(field, code, List.of(arguments));
		}

		@Override
		public String[] getCodes() {
			return new String[] { this.code };
		}

		@Override
		public Object[] getArguments() {
			return this.arguments.toArray();
		}

		@Override
		public String getDefaultMessage() {
			return this.code;
		}

	}

	/**
	 * The rules {@code report} breaks, judged today in the committee's zone; empty when
	 * it may be taken.
	 */
	public List<Violation> violations(Report report) {
		return violations(report, this.time.today());
	}

	/**
	 * The rules {@code report} breaks when {@code today} is the committee's day; empty
	 * when it may be taken.
	 */
	public static List<Violation> violations(Report report, LocalDate today) {
		List<Violation> found = new ArrayList<>();
		TargetKind kind = report.kind();
		if (kind.isNumeric()) {
			if (report.value() == null) {
				found.add(Violation.of("value", "report.value.required"));
			}
			else if (kind.exceedsMaximum(report.value())) {
				found.add(Violation.of("value", TargetKind.ABOVE_MAXIMUM));
			}
		}
		else if (report.done() == null) {
			found.add(Violation.of("done", "report.done.required"));
		}
		found.addAll(dayViolations("asOf", report.asOf(), report.planYear(), today));
		found.addAll(linkViolations(report.links()));
		return found;
	}

	/**
	 * The rule of a report's as-of day, for anything dated by it (a register entry's
	 * date): given, in the plan's year, and not after today in the committee's zone. The
	 * violations name {@code field}.
	 */
	public List<Violation> dayViolations(String field, LocalDate day, int planYear) {
		return dayViolations(field, day, planYear, this.time.today());
	}

	/** The same, when {@code today} is the committee's day. */
	public static List<Violation> dayViolations(String field, LocalDate day, int planYear, LocalDate today) {
		if (day == null) {
			return List.of(Violation.of(field, "NotNull"));
		}
		if (day.getYear() != planYear) {
			return List.of(Violation.of(field, "report.asOf.outsideYear", planYear));
		}
		if (day.isAfter(today)) {
			return List.of(Violation.of(field, "report.asOf.future"));
		}
		return List.of();
	}

	/**
	 * The rules a report's or an item update's links break: at most {@link #MAX_LINKS},
	 * each a web address.
	 */
	public static List<Violation> linkViolations(List<String> links) {
		List<Violation> found = new ArrayList<>();
		if (links.size() > MAX_LINKS) {
			found.add(Violation.of("links", "evidence.tooManyLinks", MAX_LINKS));
		}
		links.stream()
			.filter(link -> !isWebLink(link))
			.findFirst()
			.ifPresent(link -> found.add(Violation.of("links", "evidence.link", link)));
		return found;
	}

	/**
	 * A web address evidence may link to: http or https with a host, at most
	 * {@link #MAX_LINK_LENGTH} characters.
	 */
	public static boolean isWebLink(String link) {
		if (link == null || link.length() > MAX_LINK_LENGTH) {
			return false;
		}
		try {
			URI uri = new URI(link);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * A report entered at {@code reportedAt} (not by a person now, but as one did then):
	 * that time not after now, and the as-of day not after the day it was entered in the
	 * committee's zone.
	 */
	public List<Violation> enteredViolations(LocalDate asOf, Instant reportedAt) {
		if (reportedAt == null || reportedAt.isAfter(this.time.now())) {
			return List.of(Violation.of(null, "report.enteredAt.future"));
		}
		if (asOf != null && asOf.isAfter(this.time.dayOf(reportedAt))) {
			return List.of(Violation.of("asOf", "report.asOf.future"));
		}
		return List.of();
	}

	/**
	 * A report that leaves its target red — judged on its as-of day by
	 * {@link PlanJudge#targetWith}, as if it were the target's latest — needs a reason
	 * and a corrective action.
	 */
	public List<Violation> reasonViolations(TargetRef target, ItemContext item, BigDecimal value, boolean done,
			LocalDate asOf, String reason, String correctiveAction) {
		if (!wouldBeRed(target, item, value, done, asOf)) {
			return List.of();
		}
		return reasonViolations(reason, correctiveAction);
	}

	/**
	 * Whether a report leaves its target red — judged on its as-of day by
	 * {@link PlanJudge#targetWith}, as if it were the target's latest: then it needs a
	 * reason and a corrective action ({@link #reasonViolations(String, String)}), and a
	 * person's report also a deadline for the action ({@link #deadlineViolations}).
	 */
	public boolean leavesRed(TargetRef target, ItemContext item, BigDecimal value, boolean done, LocalDate asOf) {
		return wouldBeRed(target, item, value, done, asOf);
	}

	/** The reason and the corrective action a red report must have. */
	public static List<Violation> reasonViolations(String reason, String correctiveAction) {
		List<Violation> found = new ArrayList<>();
		if (isBlank(reason)) {
			found.add(Violation.of("reason", "report.reason.required"));
		}
		if (isBlank(correctiveAction)) {
			found.add(Violation.of("correctiveAction", "report.action.required"));
		}
		return found;
	}

	/**
	 * The deadline of the corrective action a person's red report sets (it opens or
	 * updates the target's rectification, 整改), judged today in the committee's zone; see
	 * {@link #deadlineViolations(LocalDate, int, LocalDate)}. A history restored from a
	 * workbook or recorded for the demo has no deadline and opens no rectification: it is
	 * not asked for one.
	 */
	public List<Violation> deadlineViolations(LocalDate deadline, int planYear) {
		return deadlineViolations(deadline, planYear, this.time.today());
	}

	/**
	 * The deadline of a red report's corrective action: given, in the plan's year, and
	 * not before {@link #earliestDeadline the earliest} — today, or the plan year's last
	 * day once that year is over (so not before the report's as-of day either).
	 */
	public static List<Violation> deadlineViolations(LocalDate deadline, int planYear, LocalDate today) {
		if (deadline == null) {
			return List.of(Violation.of("actionDeadline", "report.actionDeadline.required"));
		}
		if (deadline.getYear() != planYear) {
			return List.of(Violation.of("actionDeadline", "report.actionDeadline.outsideYear", planYear));
		}
		LocalDate earliest = earliestDeadline(planYear, today);
		if (deadline.isBefore(earliest)) {
			return List.of(Violation.of("actionDeadline", "report.actionDeadline.past", earliest.toString()));
		}
		return List.of();
	}

	/**
	 * The earliest deadline a corrective action may have: today, kept within the plan's
	 * year (its last day once the year is over, its first before it begins).
	 */
	public static LocalDate earliestDeadline(int planYear, LocalDate today) {
		LocalDate first = LocalDate.of(planYear, 1, 1);
		LocalDate last = LocalDate.of(planYear, 12, 31);
		return today.isBefore(first) ? first : today.isAfter(last) ? last : today;
	}

	private boolean wouldBeRed(TargetRef target, ItemContext item, BigDecimal value, boolean done, LocalDate asOf) {
		TargetProgress after = new TargetProgress(target.id(), value, done, asOf, this.time.now(), 1);
		return this.judge.targetWith(target, item, after, asOf).light() == Light.RED;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/**
	 * A report or an item update refused by the rules, naming it (its place in the list
	 * given) and the rules it broke; its message lists their codes ("report 3 refused:
	 * [report.asOf.future]").
	 */
	public static final class Refused extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		private final transient List<Violation> violations;

		public Refused(String what, List<Violation> violations) {
			super(what + " refused: " + violations.stream().map(Violation::code).toList());
			this.violations = List.copyOf(violations);
		}

		public List<Violation> violations() {
			return this.violations;
		}

	}

}
