package org.leagueplan.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.TargetProgress;
import org.leagueplan.reporting.ExecutionReport.Entry;
import org.leagueplan.reporting.ExecutionReport.Part;
import org.leagueplan.reporting.PlanState.TargetState;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The wording of the progress report and the print views, from
 * {@code messages*.properties}: the Word file and the HTML view call the same methods, so
 * they say the same thing.
 */
@Component
class ReportTexts {

	private final MessageSource messages;

	ReportTexts(MessageSource messages) {
		this.messages = messages;
	}

	public Lines in(Locale locale) {
		return new Lines(this.messages, locale);
	}

	/** The lines of a report in one language. */
	public static final class Lines {

		private final MessageSource messages;

		private final Locale locale;

		Lines(MessageSource messages, Locale locale) {
			this.messages = messages;
			this.locale = locale;
		}

		private String message(String key, Object... arguments) {
			return this.messages.getMessage(key, arguments, this.locale);
		}

		public String title(ExecutionReport report) {
			return message("report.document.title", period(report.period()));
		}

		/** {@code 2023年5月} or {@code 2023年第二季度}. */
		public String period(ReportPeriod period) {
			String year = String.valueOf(period.year());
			if (period.isQuarter()) {
				return message("report.period.quarter", year, message("report.quarter." + period.quarter()));
			}
			return message("report.period.month", year, String.valueOf(period.month()), period.code());
		}

		/** {@code 2023年5月31日}. */
		public String date(LocalDate day) {
			return message("report.date", String.valueOf(day.getYear()), String.valueOf(day.getMonthValue()),
					String.valueOf(day.getDayOfMonth()), day.toString());
		}

		public String byline(ExecutionReport report) {
			return message("report.byline", nonNull(report.plan().organization()), date(report.issued()));
		}

		public String intro(ExecutionReport report) {
			return message("report.intro", period(report.period()));
		}

		public String summary(ExecutionReport report) {
			ExecutionReport.Summary summary = report.summary();
			return message("report.summary", count(summary.items()), date(report.day()),
					count(summary.count(Light.ACHIEVED)), count(summary.count(Light.GREEN)),
					count(summary.count(Light.YELLOW)), count(summary.count(Light.RED)),
					count(summary.count(Light.NOT_STARTED)), count(summary.targets()), count(summary.targetsMet()),
					count(summary.dueToReport()), count(summary.reported()), count(summary.reportingPercent()));
		}

		public String light(Light light) {
			return message("light." + light);
		}

		/**
		 * A section's heading: {@code 一、…}, or a subsection's {@code （一）…} with
		 * full-width brackets (GB/T 9704).
		 */
		public String heading(Part part) {
			String label = part.label().replace('(', '（').replace(')', '）');
			return label + part.title();
		}

		/** {@code 1.heading【light】}. */
		public String item(Entry entry) {
			return message("report.item", String.valueOf(entry.number()), entry.heading(), light(entry.light()));
		}

		/** A target against its latest value: {@code 示范点：目标≥30家，截至2023年5月31日为12家。}. */
		public String target(TargetState state) {
			TargetRef target = state.target();
			TargetProgress latest = state.latest();
			if (target.kind() != null && !target.kind().isNumeric()) {
				if (latest != null && Boolean.TRUE.equals(latest.done())) {
					return message("report.target.done", target.name(), date(latest.asOf()));
				}
				return (target.kind() == TargetKind.DATE && target.dueDate() != null)
						? message("report.target.openBy", target.name(), date(target.dueDate()))
						: message("report.target.open", target.name());
			}
			if (latest == null || latest.value() == null) {
				return message("report.target.noValue", target.name(), goal(target));
			}
			return message("report.target.value", target.name(), goal(target), date(latest.asOf()),
					amount(latest.value(), target.unitLabel()));
		}

		/** The goal of a target: {@code ≥30家}, {@code 是否完成}, {@code 截止2023-12-31}. */
		public String goal(TargetRef target) {
			if (target.kind() == TargetKind.YES_NO) {
				return message("targetKind.YES_NO");
			}
			if (target.kind() == TargetKind.DATE) {
				return (target.dueDate() != null) ? message("target.dueBy", target.dueDate().toString())
						: message("targetKind.DATE");
			}
			String symbol = (target.comparator() != null) ? message("targetComparator.symbol." + target.comparator())
					: "";
			return symbol + amount(target.targetValue(), target.unitLabel());
		}

		/**
		 * The latest value of a target for the print view, or nothing before the first
		 * report.
		 */
		public String latest(TargetState state) {
			TargetProgress latest = state.latest();
			if (latest == null) {
				return message("print.noReport");
			}
			String value = (state.target().kind() != null && !state.target().kind().isNumeric())
					? message(Boolean.TRUE.equals(latest.done()) ? "print.done" : "print.notDone")
					: amount(latest.value(), state.target().unitLabel());
			return message("print.latest", value, latest.asOf().toString());
		}

		public String narrative(Entry entry) {
			return (entry.narrative() != null) ? message("report.document.narrative", entry.narrative())
					: message("report.narrative.none");
		}

		public String closing(ExecutionReport report) {
			return report.closingLabel() + message("report.attention.title");
		}

		/** {@code 1.heading（严重滞后、已逾期；牵头单位：组织部）。}. */
		public String attention(int position, Entry entry) {
			String flags = light(entry.light());
			if (entry.state().overdue()) {
				flags = message("report.attention.flags", flags, message("report.attention.overdue"));
			}
			String lead = (entry.state().leadUnit() != null) ? entry.state().leadUnit() : message("report.noLeadUnit");
			return message("report.attention.item", String.valueOf(position), entry.heading(), flags, lead);
		}

		public String noAttention(ExecutionReport report) {
			return message("report.attention.none", date(report.day()));
		}

		/** The appendix's title: {@code 附件：台账登记情况}. */
		public String appendixTitle() {
			return message("report.appendix.title");
		}

		/** A register in the appendix: {@code （一）示范点台账（对应指标：社区综合团委示范点）}. */
		public String appendixRegister(int position, ExecutionReport.RegisterPart register) {
			String label = org.leagueplan.plan.ChineseNumerals.sectionLabel(position, true)
				.replace('(', '（')
				.replace(')', '）');
			return label + message("report.appendix.register", register.name(), register.target());
		}

		/** The header row of a register's table: name, unit, date, place. */
		public java.util.List<String> appendixHeader() {
			return java.util.List.of(message("report.appendix.name"), message("report.appendix.unit"),
					message("report.appendix.date"), message("report.appendix.place"));
		}

		/** A row of a register's table, as the header orders it. */
		public java.util.List<String> appendixRow(ExecutionReport.RegisterRow row) {
			return java.util.List.of(nonNull(row.name()), nonNull(row.unit()), date(row.date()), nonNull(row.place()));
		}

		private static String amount(BigDecimal value, String unitLabel) {
			String number = (value != null) ? value.stripTrailingZeros().toPlainString() : "";
			return number + ((unitLabel != null) ? unitLabel : "");
		}

		private static String count(long value) {
			return String.valueOf(value);
		}

		private static String nonNull(String text) {
			return (text != null) ? text : "";
		}

	}

}
