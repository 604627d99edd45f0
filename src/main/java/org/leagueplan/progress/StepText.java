package org.leagueplan.progress;

import org.leagueplan.system.PlainText;

/**
 * The one rule for the text a person writes with a step of a review, a closing or a
 * rectification (a summary, a reason): it is given, no longer than the step allows, and
 * plain text ({@link PlainText}). Each step names the problem in its own outcome.
 */
enum StepText {

	/** Missing or blank. */
	MISSING,

	/** Longer than the step allows. */
	TOO_LONG,

	/** Holds characters a person's text may not hold. */
	CHARACTERS;

	/** What is wrong with the text, or {@code null} when nothing is. */
	static StepText problemOf(String text, int max) {
		if (text == null || text.isBlank()) {
			return MISSING;
		}
		if (text.length() > max) {
			return TOO_LONG;
		}
		if (!PlainText.isAcceptableText(text)) {
			return CHARACTERS;
		}
		return null;
	}

	/** The one of the step's own three outcomes that names this problem. */
	<T> T as(T missing, T tooLong, T characters) {
		return switch (this) {
			case MISSING -> missing;
			case TOO_LONG -> tooLong;
			case CHARACTERS -> characters;
		};
	}

}
