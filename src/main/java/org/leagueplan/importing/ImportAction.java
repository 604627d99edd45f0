package org.leagueplan.importing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a button on the check page asks for, read from a fixed set: {@code check},
 * {@code save}, or a correction of item {@code n} ({@code merge:n}, {@code split:n},
 * {@code addTarget:n}, {@code addMilestone:n}). Anything else is no action at all; the
 * request text is never used beyond choosing one of these.
 */
record ImportAction(Kind kind, int item) {

	enum Kind {

		CHECK("check"), SAVE("save"), MERGE("merge"), SPLIT("split"), ADD_TARGET("addTarget"),
		ADD_MILESTONE("addMilestone");

		final String word;

		Kind(String word) {
			this.word = word;
		}

		boolean correction() {
			return this != CHECK && this != SAVE;
		}

	}

	/** An item number of at most five digits: a plan has at most 500 items. */
	private static final Pattern CORRECTION = Pattern.compile("(merge|split|addTarget|addMilestone):(\\d{1,5})");

	static final ImportAction CHECK = new ImportAction(Kind.CHECK, -1);

	static final ImportAction SAVE = new ImportAction(Kind.SAVE, -1);

	/** The action a button sent, or empty for anything that is not one of them. */
	static Optional<ImportAction> parse(String sent) {
		if (sent == null || sent.equals(Kind.CHECK.word)) {
			return Optional.of(CHECK);
		}
		if (sent.equals(Kind.SAVE.word)) {
			return Optional.of(SAVE);
		}
		Matcher matcher = CORRECTION.matcher(sent);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		for (Kind kind : Kind.values()) {
			if (kind.word.equals(matcher.group(1))) {
				return Optional.of(new ImportAction(kind, Integer.parseInt(matcher.group(2))));
			}
		}
		return Optional.empty();
	}

}
