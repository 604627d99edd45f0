package org.leagueplan.plan;

/**
 * Chinese numerals as they label a plan's sections: 一, 二, … 十, 十一, … 九十九.
 */
public final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九";

	private ChineseNumerals() {
	}

	public static String of(int number) {
		if (number < 1 || number > 99) {
			return Integer.toString(number);
		}
		int tens = number / 10;
		int ones = number % 10;
		StringBuilder text = new StringBuilder();
		if (tens > 1) {
			text.append(DIGITS.charAt(tens));
		}
		if (tens > 0) {
			text.append('十');
		}
		if (ones > 0) {
			text.append(DIGITS.charAt(ones));
		}
		return text.toString();
	}

	/** The label of a section at a 1-based position: "一、" at the top level, "(一)" below it. */
	public static String sectionLabel(int position, boolean subsection) {
		return subsection ? "(" + of(position) + ")" : of(position) + "、";
	}

}
