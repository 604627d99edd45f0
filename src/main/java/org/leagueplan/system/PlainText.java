package org.leagueplan.system;

/**
 * The one rule for which characters a person's text may hold: no control characters (C0,
 * DEL, C1), no line or paragraph separators and no unpaired surrogates; multi-line text
 * may also hold tab, line feed and carriage return. Everything that takes text from
 * outside (forms, query parameters, login names, file names, workbooks) asks here.
 */
public final class PlainText {

	private PlainText() {
	}

	/**
	 * Whether {@code text} may be stored as multi-line text (a narrative, an item's
	 * body): {@code null} counts as acceptable.
	 */
	public static boolean isAcceptableText(CharSequence text) {
		return firstForbidden(text, true) < 0;
	}

	/**
	 * Whether {@code text} may be stored as one line (a name, a heading, a login name):
	 * no tab or line break either.
	 */
	public static boolean isAcceptableLine(CharSequence text) {
		return firstForbidden(text, false) < 0;
	}

	/**
	 * The index of the first character that {@code text} may not hold, or -1 when there
	 * is none.
	 */
	public static int firstForbidden(CharSequence text, boolean multiline) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return i;
			}
			if (Character.isLowSurrogate(c) || isForbidden(c, multiline)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isForbidden(char c, boolean multiline) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return !multiline;
		}
		return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
	}

}
