package org.leagueplan.audit;

/**
 * Makes user-supplied text safe for a log: line breaks and other control characters are
 * written as escapes ({@code \n}, {@code \r}, {@code \t}, {@code \}{@code uXXXX}),
 * backslashes doubled, and the text cut to the column's size.
 */
final class LogText {

	private LogText() {
	}

	static String escape(String text, int maxLength) {
		if (text == null) {
			return null;
		}
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			switch (codePoint) {
				case '\\' -> safe.append("\\\\");
				case '\n' -> safe.append("\\n");
				case '\r' -> safe.append("\\r");
				case '\t' -> safe.append("\\t");
				default -> {
					if (Character.isISOControl(codePoint) || codePoint == 0x2028 || codePoint == 0x2029) {
						safe.append(String.format("\\u%04x", codePoint));
					}
					else {
						safe.appendCodePoint(codePoint);
					}
				}
			}
		});
		return (safe.length() > maxLength) ? safe.substring(0, maxLength - 1) + "…" : safe.toString();
	}

}
