package org.leagueplan.system;

import java.beans.PropertyEditorSupport;

/**
 * Binds a person's text by {@link PlainText}'s rule: text holding a control character is
 * refused (the binder reports {@code typeMismatch} on the field and shows the form again
 * with the input kept; a request parameter is answered 400), everything else is taken as
 * it came or trimmed. Every form in the application binds its text through this editor:
 * {@code system} registers it for all controllers, and a module that trims its forms'
 * text registers the {@linkplain #trimming() trimming} variant instead of Spring's plain
 * {@code StringTrimmerEditor}.
 */
public final class PlainTextEditor extends PropertyEditorSupport {

	private final boolean trim;

	private PlainTextEditor(boolean trim) {
		this.trim = trim;
	}

	/** Takes acceptable text as it came. */
	public static PlainTextEditor keeping() {
		return new PlainTextEditor(false);
	}

	/** Takes acceptable text trimmed; an empty field is no value. */
	public static PlainTextEditor trimming() {
		return new PlainTextEditor(true);
	}

	@Override
	public void setAsText(String text) {
		// checked before trimming: a control character at either end is refused, not
		// silently cut off
		int forbidden = PlainText.firstForbidden(text, true);
		if (forbidden >= 0) {
			throw new Refused(forbidden);
		}
		if (text == null || !this.trim) {
			setValue(text);
			return;
		}
		String value = text.trim();
		setValue(value.isEmpty() ? null : value);
	}

	/** Text refused: it holds a control character. */
	public static final class Refused extends IllegalArgumentException {

		Refused(int index) {
			super("text holds a control character at index " + index);
		}

	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return (value != null) ? value.toString() : "";
	}

}
