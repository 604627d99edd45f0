package org.leagueplan.supervision;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a notice reads outside the application (an e-mail, a group robot's message): in the
 * committee's language, with the kind, the item's title, the office's note and, when
 * {@code leagueplan.base-url} is set, a link to the inbox.
 */
@Component
class DeliveryTexts {

	/** The committee's language: deliveries go out in Chinese, like the application. */
	static final Locale COMMITTEE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	private final String baseUrl;

	DeliveryTexts(MessageSource messages, @Value("${leagueplan.base-url:}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
	}

	/** An e-mail's subject: 【kind】title. */
	String subject(InboxEntry entry) {
		return this.messages.getMessage("delivery.subject", new Object[] { kind(entry), entry.getSubject() },
				COMMITTEE);
	}

	/** An e-mail's text. */
	String body(InboxEntry entry) {
		StringBuilder text = new StringBuilder(subject(entry));
		if (entry.getNote() != null && !entry.getNote().isBlank()) {
			text.append("\n\n")
				.append(this.messages.getMessage("delivery.note", new Object[] { entry.getNote() }, COMMITTEE));
		}
		if (!this.baseUrl.isEmpty()) {
			text.append("\n\n")
				.append(this.messages.getMessage("delivery.link", new Object[] { this.baseUrl + "/inbox" }, COMMITTEE));
		}
		return text.toString();
	}

	/** A group robot's message, naming the person it is for. */
	String robot(InboxEntry entry, String displayName) {
		return this.messages.getMessage("delivery.to", new Object[] { displayName }, COMMITTEE) + body(entry);
	}

	private String kind(InboxEntry entry) {
		return this.messages.getMessage("inbox.kind." + entry.getKind().name(), null, COMMITTEE);
	}

}
