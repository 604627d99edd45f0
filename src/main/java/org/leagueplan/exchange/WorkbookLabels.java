package org.leagueplan.exchange;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.plan.TargetComparator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words the plan workbook writes for an item's status, a target's kind and its
 * comparison, and how they are read back: written in the reader's language from the
 * message bundles ({@code itemStatus.*}, {@code targetKind.*},
 * {@code targetComparator.*}); read in Chinese or English, and as the raw codes
 * ({@code IN_PROGRESS}) that workbooks exported before these labels hold.
 */
@Component
final class WorkbookLabels {

	/** The languages a workbook may have been written in. */
	static final java.util.List<Locale> LANGUAGES = java.util.List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private static final Map<Class<?>, String> PREFIXES = Map.of(ItemStatus.class, "itemStatus.", TargetKind.class,
			"targetKind.", TargetComparator.class, "targetComparator.");

	private final MessageSource messages;

	WorkbookLabels(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The label of a status, kind or comparison in this language; {@code null} for
	 * {@code null}.
	 */
	String label(Enum<?> value, Locale locale) {
		if (value == null) {
			return null;
		}
		return this.messages.getMessage(prefix(value.getDeclaringClass()) + value.name(), null, value.name(), locale);
	}

	/**
	 * The value a cell names: its label in Chinese or English, or its code, in any case
	 * and surrounding spaces; empty when it names none.
	 */
	<E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String wanted = text.strip();
		for (E value : type.getEnumConstants()) {
			if (value.name().equalsIgnoreCase(wanted)) {
				return Optional.of(value);
			}
			for (Locale language : LANGUAGES) {
				if (label(value, language).strip().equalsIgnoreCase(wanted)) {
					return Optional.of(value);
				}
			}
		}
		return Optional.empty();
	}

	private static String prefix(Class<?> type) {
		String prefix = PREFIXES.get(type);
		if (prefix == null) {
			throw new IllegalArgumentException("no workbook label for " + type.getName());
		}
		return prefix;
	}

}
