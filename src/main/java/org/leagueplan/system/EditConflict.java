package org.leagueplan.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the conflict page shows when a save arrives with a stale version: the stored and
 * the submitted value of every field, and a form that re-applies the submitted values on
 * top of the stored version.
 */
public final class EditConflict {

	/**
	 * Name of the view that renders a conflict; controllers return it with status 409.
	 */
	public static final String VIEW = "conflict";

	private final String action;

	private final String backUrl;

	private final long storedVersion;

	private final List<Row> rows = new ArrayList<>();

	private final List<Hidden> submitted = new ArrayList<>();

	public EditConflict(String action, String backUrl, long storedVersion) {
		this.action = action;
		this.backUrl = backUrl;
		this.storedVersion = storedVersion;
	}

	/**
	 * Adds a row to the comparison and the submitted raw value(s) to the re-apply form.
	 * @param labelKey message key of the field's label
	 * @param stored the stored value as a person reads it
	 * @param mine the submitted value as a person reads it
	 * @param param the request parameter name that carries the submitted value
	 * @param rawValues the submitted value(s) as the form sends them
	 */
	public EditConflict field(String labelKey, Object stored, Object mine, String param, Object... rawValues) {
		return addRow(labelKey, null, stored, mine, param, rawValues);
	}

	/**
	 * Adds a row for a choice whose values are shown through messages
	 * ({@code valuePrefix + "." + value}).
	 */
	public EditConflict choice(String labelKey, String valuePrefix, Enum<?> stored, Enum<?> mine, String param) {
		return addRow(labelKey, valuePrefix, stored, mine, param, mine);
	}

	private EditConflict addRow(String labelKey, String valuePrefix, Object stored, Object mine, String param,
			Object... rawValues) {
		String storedText = text(stored);
		String mineText = text(mine);
		this.rows.add(new Row(labelKey, valuePrefix, storedText, mineText, !storedText.equals(mineText)));
		for (Object raw : rawValues) {
			if (raw != null) {
				this.submitted.add(new Hidden(param, text(raw)));
			}
		}
		return this;
	}

	private static String text(Object value) {
		return Objects.toString(value, "");
	}

	public String getAction() {
		return this.action;
	}

	public String getBackUrl() {
		return this.backUrl;
	}

	public long getStoredVersion() {
		return this.storedVersion;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public List<Hidden> getSubmitted() {
		return this.submitted;
	}

	/**
	 * One field in the comparison; where {@code valuePrefix} is set, the values are
	 * message keys' last parts.
	 */
	public record Row(String labelKey, String valuePrefix, String stored, String mine, boolean differs) {
	}

	/** One submitted request parameter, carried again by the re-apply form. */
	public record Hidden(String name, String value) {
	}

}
