package org.leagueplan.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.leagueplan.importing.ParsedPlan.Item;
import org.leagueplan.importing.ParsedPlan.Mark;
import org.leagueplan.importing.ParsedPlan.Milestone;
import org.leagueplan.importing.ParsedPlan.Section;
import org.leagueplan.importing.ParsedPlan.Target;
import org.leagueplan.plan.ChineseNumerals;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.springframework.stereotype.Component;

/**
 * Reads a plan document written the way committees write them, without being told its
 * format: the noise around it (download-site notices, page footers), the title and year,
 * the preamble, sections 一、, subsections (一) / (一)、 / （一）, items 1、 1. (1) ① and runs of
 * 第一，… or 一是…二是… inside a paragraph; in each item the numeric targets with their units
 * and comparators, periods (2023年1月至9月, 年内, 上半年), dates written as 三。五 / 3.5 / 六.一, and
 * done / not-done commitments (换届, 成立, 建立…机制). The text is kept as written.
 */
@Component
class PlanDocumentParser {

	private static final String CN = "一二三四五六七八九十";

	private static final Pattern SECTION = Pattern.compile("^([" + CN + "]+)[、.．]\\s*(.+)$");

	private static final Pattern SUBSECTION = Pattern.compile("^[(（]([" + CN + "]+)[)）][、.．]?\\s*(.+)$");

	private static final Pattern ITEM = Pattern
		.compile("^(?:(\\d{1,2})(?:、|[.．](?!\\d))|[(（](\\d{1,2})[)）]|([①-⑳]))\\s*(.+)$");

	private static final Pattern FOOTER = Pattern
		.compile("^(第\\s*\\d+\\s*页\\s*(共\\s*\\d+\\s*页)?|-?\\s*\\d+\\s*-?|\\d+\\s*/\\s*\\d+)$");

	private static final Pattern NOTICE = Pattern.compile("温馨提示|下载|版权|客服|上传|侵权|投诉|付费");

	private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年?");

	private static final Pattern RUN_MARKER = Pattern.compile("(第[" + CN + "]+[，,、]|[" + CN + "]是)");

	private static final Pattern HEADING_END = Pattern.compile("[。，,；;：:！!？?]");

	private static final Pattern NUMBER = Pattern
		.compile("(不少于|不低于|至少|超过|达到|达|力争|不超过|不高于|控制在|保持)?\\s*(\\d+(?:\\.\\d+)?)\\s*"
				+ "(%|％|家|个|人次|人|名|场|次|项|支|所|小时|万元|元|期|篇|件|户|批|座|处|条|起|份|届)(以上|以内|以下|左右)?");

	private static final Pattern PERIOD = Pattern.compile("(?:(20\\d{2})年)?(\\d{1,2})月(?:份)?(?:至|到|—|-|~)(\\d{1,2})月");

	private static final Pattern DAY = Pattern.compile(
			"[“\"]?([" + CN + "]{1,2}|\\d{1,2})[。.．·・]([" + CN + "]{1,3}|\\d{1,2})[〞”\"]?\\s*([\\p{IsHan}]{2,8})?");

	private final java.time.Clock clock;

	/**
	 * {@code clock} gives the year of a document that names none: this year in the
	 * committee's zone.
	 */
	public PlanDocumentParser(java.time.Clock clock) {
		this.clock = clock;
	}

	private static final Pattern COMMITMENT = Pattern.compile("换届|成立[\\p{IsHan}]{0,10}|建立[\\p{IsHan}]{0,12}机制");

	public ParsedPlan parse(String document) {
		List<String> lines = document.replace('\u3000', ' ').lines().map(String::strip).toList();
		int first = 0;
		while (first < lines.size() && !SECTION.matcher(lines.get(first)).matches()) {
			first++;
		}
		List<String> dropped = new ArrayList<>();
		String preamble = null;
		String title = null;
		Integer year = null;
		for (String line : lines.subList(0, first)) {
			if (line.isEmpty()) {
				continue;
			}
			if (NOTICE.matcher(line).find() || FOOTER.matcher(line).matches() || line.length() < 4) {
				dropped.add(line);
				continue;
			}
			if (line.length() >= 30 && !line.matches("^\\d+[.、].*")) {
				preamble = (preamble == null) ? line : preamble + "\n" + line;
			}
			else if (title == null && line.matches(".*(计划|要点|方案|安排).*")) {
				title = line;
			}
			else {
				dropped.add(line);
			}
		}
		Matcher yearMatch = YEAR.matcher((title != null ? title : "") + " " + (preamble != null ? preamble : ""));
		if (yearMatch.find()) {
			year = Integer.parseInt(yearMatch.group(1));
		}
		List<Section> sections = sections(lines.subList(first, lines.size()), year, dropped);
		return new ParsedPlan(title, year, preamble, sections, dropped);
	}

	private List<Section> sections(List<String> lines, Integer year, List<String> dropped) {
		List<Section> sections = new ArrayList<>();
		Builder top = null;
		Builder current = null;
		List<Builder> tops = new ArrayList<>();
		for (String line : lines) {
			Matcher matcher;
			if (line.isEmpty()) {
				continue;
			}
			if (FOOTER.matcher(line).matches() || NOTICE.matcher(line).find()) {
				dropped.add(line);
			}
			else if ((matcher = SECTION.matcher(line)).matches()) {
				top = new Builder(matcher.group(1) + "、", matcher.group(2));
				tops.add(top);
				current = top;
			}
			else if ((matcher = SUBSECTION.matcher(line)).matches() && top != null) {
				current = new Builder("(" + matcher.group(1) + ")", matcher.group(2));
				top.children.add(current);
			}
			else if ((matcher = ITEM.matcher(line)).matches() && current != null) {
				current.items.add(new StringBuilder(matcher.group(4)));
			}
			else if (current != null && !current.items.isEmpty()) {
				current.items.get(current.items.size() - 1).append('\n').append(line);
			}
			else if (current != null) {
				current.paragraphs.add(line);
			}
		}
		for (Builder builder : tops) {
			sections.add(builder.build(year));
		}
		return sections;
	}

	/**
	 * A section being read: its item texts, and paragraphs that may hold a run of 一是…二是…
	 * items.
	 */
	private final class Builder {

		final String label;

		final String title;

		final List<Builder> children = new ArrayList<>();

		final List<StringBuilder> items = new ArrayList<>();

		final List<String> paragraphs = new ArrayList<>();

		Builder(String label, String title) {
			this.label = label;
			this.title = title;
		}

		Section build(Integer year) {
			List<String> texts = new ArrayList<>();
			this.items.forEach(text -> texts.add(text.toString()));
			if (texts.isEmpty()) {
				this.paragraphs.forEach(paragraph -> texts.addAll(runs(paragraph)));
			}
			List<Item> parsed = new ArrayList<>();
			for (int i = 0; i < texts.size(); i++) {
				parsed.add(item(i + 1, texts.get(i), year));
			}
			return new Section(this.label, this.title, this.children.stream().map(child -> child.build(year)).toList(),
					parsed);
		}

	}

	/**
	 * A paragraph written as 第一，…第二，… or 一是…二是…: one item per part; otherwise the
	 * paragraph is one item.
	 */
	static List<String> runs(String paragraph) {
		Matcher marker = RUN_MARKER.matcher(paragraph);
		List<Integer> starts = new ArrayList<>();
		while (marker.find()) {
			starts.add(marker.start());
		}
		if (starts.size() < 2) {
			return List.of(paragraph);
		}
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			int end = (i + 1 < starts.size()) ? starts.get(i + 1) : paragraph.length();
			String part = paragraph.substring(starts.get(i), end)
				.replaceFirst("^(第[" + CN + "]+[，,、]|[" + CN + "]是)", "")
				.strip();
			parts.add(part.replaceFirst("[；;]$", ""));
		}
		return parts;
	}

	/**
	 * Reads one item's text on its own (as when a person splits an item in two): heading,
	 * targets, period, dates.
	 */
	public Item item(int number, String text, Integer year) {
		String heading = text.substring(0, clauseEnd(text, 0));
		List<Mark> marks = new ArrayList<>();
		List<Target> targets = targets(text, marks);
		LocalDate start = null;
		LocalDate finish = null;
		int planYear = (year != null) ? year : LocalDate.now(this.clock).getYear();
		Matcher period = PERIOD.matcher(text);
		if (period.find()) {
			int y = (period.group(1) != null) ? Integer.parseInt(period.group(1)) : planYear;
			start = safeDate(y, Integer.parseInt(period.group(2)), 1);
			LocalDate last = safeDate(y, Integer.parseInt(period.group(3)), 1);
			finish = (last != null) ? last.withDayOfMonth(last.lengthOfMonth()) : null;
			marks.add(new Mark(period.start(), period.end(), Mark.Kind.PERIOD));
		}
		else {
			for (String words : List.of("上半年", "下半年", "年内")) {
				int at = text.indexOf(words);
				if (at >= 0) {
					start = LocalDate.of(planYear, words.equals("下半年") ? 7 : 1, 1);
					finish = words.equals("上半年") ? LocalDate.of(planYear, 6, 30) : LocalDate.of(planYear, 12, 31);
					marks.add(new Mark(at, at + words.length(), Mark.Kind.PERIOD));
					break;
				}
			}
		}
		List<Milestone> milestones = milestones(text, planYear, marks);
		marks.sort(java.util.Comparator.comparingInt(Mark::start));
		return new Item(number, heading, text, targets, start, finish, milestones, List.copyOf(marks));
	}

	private static List<Target> targets(String text, List<Mark> marks) {
		List<Target> targets = new ArrayList<>();
		Matcher number = NUMBER.matcher(text);
		while (number.find()) {
			String before = text.substring(Math.max(0, number.start() - 4), number.start(2));
			// an ordinal, a date, or a description ("人数超过100人的社区") is not a target
			if (before.matches(".*(第|至|年|月)\\s*$") || text.startsWith("年", number.end(2))
					|| text.startsWith("的", number.end())) {
				continue;
			}
			boolean percent = number.group(3).equals("%") || number.group(3).equals("％");
			BigDecimal value = new BigDecimal(number.group(2));
			TargetComparator comparator = comparator(number.group(1), number.group(4));
			String name = name(text, number.start(), number.end());
			targets.add(new Target(name, percent ? TargetKind.PERCENTAGE : TargetKind.COUNT, comparator, value,
					percent ? "%" : number.group(3),
					(percent ? TargetKind.PERCENTAGE : TargetKind.COUNT).exceedsMaximum(value), number.start()));
			marks.add(new Mark(number.start(), number.end(), Mark.Kind.TARGET));
		}
		Matcher commitment = COMMITMENT.matcher(text);
		if (targets.isEmpty() && commitment.find()) {
			String clause = clauseAround(text, commitment.start());
			targets.add(new Target(clause, TargetKind.YES_NO, TargetComparator.EXACTLY, null, null, false,
					commitment.start()));
			marks.add(new Mark(commitment.start(), commitment.end(), Mark.Kind.TARGET));
		}
		return targets;
	}

	private static TargetComparator comparator(String before, String after) {
		if ("以内".equals(after) || "以下".equals(after) || "不超过".equals(before) || "不高于".equals(before)
				|| "控制在".equals(before)) {
			return TargetComparator.AT_MOST;
		}
		if ("左右".equals(after) || "保持".equals(before)) {
			return TargetComparator.EXACTLY;
		}
		return TargetComparator.AT_LEAST;
	}

	/**
	 * What is being counted: the words after the number when it is followed by a noun
	 * ("培育5个团建工作典型"), else the words before it ("社区综合团委示范点达30家以上"), without leading verbs
	 * and years.
	 */
	private static String name(String text, int start, int end) {
		String after = text.substring(end).split("[。，,；;、：:（(]", 2)[0].strip();
		if (after.length() >= 2 && after.length() <= 16 && !after.startsWith("以")) {
			return after;
		}
		String before = text.substring(0, start);
		int cut = Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')),
				Math.max(before.lastIndexOf('；'), Math.max(before.lastIndexOf('。'), before.lastIndexOf(';'))));
		String phrase = before.substring(cut + 1).strip();
		phrase = phrase.replaceAll("^(争取|力争|确保|实现|全年|年内|到年底|计划)+", "")
			.replaceAll("^20\\d{2}(年)?", "")
			.replaceAll("(达到|达|超过|不少于|不低于|至少|不超过|控制在|新增|培育|建立|开展|完成)$", "")
			.strip();
		if (!phrase.isEmpty()) {
			return phrase;
		}
		// "年内不少于10次": nothing names what is counted but the item's first clause
		return after.isEmpty() ? text.substring(0, clauseEnd(text, 0)) : after;
	}

	private static List<Milestone> milestones(String text, int year, List<Mark> marks) {
		List<Milestone> milestones = new ArrayList<>();
		Matcher day = DAY.matcher(text);
		while (day.find()) {
			Integer month = ChineseNumerals.parse(day.group(1));
			Integer date = ChineseNumerals.parse(day.group(2));
			boolean quoted = text.charAt(day.start()) == '“' || text.charAt(day.start()) == '"';
			if (month == null || date == null || month > 12 || date > 31 || (!quoted && day.group(3) == null)
					|| (Character.isDigit(day.group(1).charAt(0)) && !quoted)) {
				continue;
			}
			LocalDate when = safeDate(year, month, date);
			if (when != null) {
				String title = milestoneTitle(text, day);
				milestones.add(new Milestone(title, when, day.start()));
				marks.add(new Mark(day.start(), day.end(), Mark.Kind.DATE));
			}
		}
		return milestones;
	}

	/**
	 * A dated day's name: the words after the date up to the first 日 or 节 ("学雷锋日",
	 * "国际儿童节"), else the clause the date stands in.
	 */
	private static String milestoneTitle(String text, Matcher day) {
		String words = day.group(3);
		if (words != null) {
			for (int i = 0; i < words.length(); i++) {
				if (words.charAt(i) == '日' || words.charAt(i) == '节') {
					return words.substring(0, i + 1);
				}
			}
		}
		String clause = clauseAround(text, day.start());
		return (clause.length() > 30) ? clause.substring(0, 30) : clause;
	}

	private static String clauseAround(String text, int position) {
		int from = position;
		while (from > 0 && !endsClause(text, from - 1)) {
			from--;
		}
		return text.substring(from, clauseEnd(text, position)).strip();
	}

	/**
	 * Where the clause that goes on at {@code from} ends: at the next punctuation mark,
	 * or the end of the text.
	 */
	private static int clauseEnd(String text, int from) {
		int to = from;
		while (to < text.length() && !endsClause(text, to)) {
			to++;
		}
		return to;
	}

	/**
	 * A punctuation mark ends a clause, except the 。 inside a date written as 三。五 or
	 * 一二。五.
	 */
	private static boolean endsClause(String text, int at) {
		if (!HEADING_END.matcher(String.valueOf(text.charAt(at))).matches()) {
			return false;
		}
		return !(text.charAt(at) == '。' && at > 0 && at + 1 < text.length() && CN.indexOf(text.charAt(at - 1)) >= 0
				&& CN.indexOf(text.charAt(at + 1)) >= 0);
	}

	private static LocalDate safeDate(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
