package org.leagueplan.plan;

/**
 * Chinese numerals, the one place that writes and reads them: as they label a plan's
 * sections (一, 二, … 十, 十一, … 九十九, 一百), as Word numbers lists (counting, the financial
 * "legal" digits, digit by digit), and as a plan's text writes days and months (三, 十二,
 * 二十, 一二 digit by digit).
 */
public final class ChineseNumerals {

	/**
	 * The most {@link #of(int, Style)} writes in words; larger numbers are written in
	 * digits.
	 */
	public static final int MAX_COUNTED = 99_999;

	private static final String DIGITS = "〇一二三四五六七八九";

	private static final String UNITS = "十百千万";

	/**
	 * How numbers are counted in words: the digits 0–9 and the units 10, 100, 1,000,
	 * 10,000.
	 */
	public enum Style {

		/** 一, 十, 十一, 二十, 一百零一; zero as 〇. */
		COMMON(DIGITS, UNITS, true),

		/** 壹, 壹拾, 壹拾壹, 壹佰零壹 (simplified financial digits); zero as 零. */
		LEGAL_SIMPLIFIED("零壹贰叁肆伍陆柒捌玖", "拾佰仟万", false),

		/** 壹, 壹拾, 壹佰零壹 (traditional financial digits). */
		LEGAL_TRADITIONAL("零壹貳參肆伍陸柒捌玖", "拾佰仟萬", false);

		private final String digits;

		private final String units;

		/** Whether 10–19 drop their leading 一 (十一, not 一十一). */
		private final boolean shortTens;

		Style(String digits, String units, boolean shortTens) {
			this.digits = digits;
			this.units = units;
			this.shortTens = shortTens;
		}

	}

	private ChineseNumerals() {
	}

	/**
	 * 一 … 九十九, 一百, 一百零一, … up to {@link #MAX_COUNTED}; a number below 1 or above that in
	 * digits.
	 */
	public static String of(int number) {
		return (number < 1) ? Integer.toString(number) : of(number, Style.COMMON);
	}

	/**
	 * The number counted in words in the style: 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 →
	 * 一百零一, 0 → the style's zero; a negative number or one above {@link #MAX_COUNTED} in
	 * digits.
	 */
	public static String of(int number, Style style) {
		if (number <= 0 || number > MAX_COUNTED) {
			return (number == 0) ? String.valueOf(style.digits.charAt(0)) : String.valueOf(number);
		}
		StringBuilder out = new StringBuilder();
		String text = String.valueOf(number);
		boolean gap = false;
		for (int i = 0; i < text.length(); i++) {
			int digit = text.charAt(i) - '0';
			int place = text.length() - 1 - i;
			if (digit == 0) {
				gap = out.length() > 0;
				continue;
			}
			if (gap) {
				out.append('零');
				gap = false;
			}
			out.append(style.digits.charAt(digit));
			if (place > 0) {
				out.append(style.units.charAt(place - 1));
			}
		}
		if (style.shortTens && number >= 10 && number < 20) {
			out.deleteCharAt(0);
		}
		return out.toString();
	}

	/** The number's digits one by one: 2026 → 二〇二六 (a sign stays as it is). */
	public static String digits(int number) {
		StringBuilder out = new StringBuilder();
		for (char c : String.valueOf(number).toCharArray()) {
			out.append(Character.isDigit(c) ? DIGITS.charAt(c - '0') : c);
		}
		return out.toString();
	}

	/**
	 * The label of a section at a 1-based position: "一、" at the top level, "(一)" below
	 * it.
	 */
	public static String sectionLabel(int position, boolean subsection) {
		return subsection ? "(" + of(position) + ")" : of(position) + "、";
	}

	/**
	 * The number a text writes: Arabic digits (12), counted words (三, 十二, 二十, 一百零一, 三千),
	 * or digits one by one (一二, 二〇二六, as 一二。九 is written); {@code null} when it is none
	 * of these (or above {@link Integer#MAX_VALUE}).
	 */
	public static Integer parse(String text) {
		if (text == null || text.isEmpty() || text.length() > 9) {
			return null;
		}
		if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Integer.parseInt(text);
		}
		boolean counted = text.chars().anyMatch(c -> UNITS.indexOf(c) >= 0);
		int total = 0;
		int section = 0;
		int pending = -1;
		for (char c : text.toCharArray()) {
			int digit = digit(c);
			int unit = UNITS.indexOf(c);
			if (digit >= 0) {
				if (!counted) {
					total = total * 10 + digit;
				}
				else {
					pending = digit;
				}
			}
			else if (unit == 3) {
				section += Math.max(pending, 0);
				total += ((section == 0) ? 1 : section) * 10_000;
				section = 0;
				pending = -1;
			}
			else if (unit >= 0) {
				section += ((pending < 0) ? 1 : pending) * (int) Math.pow(10, unit + 1);
				pending = -1;
			}
			else {
				return null;
			}
		}
		return counted ? total + section + Math.max(pending, 0) : total;
	}

	private static int digit(char c) {
		return (c == '零') ? 0 : DIGITS.indexOf(c);
	}

}
