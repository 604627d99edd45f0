package org.leagueplan.supervision;

import java.util.Optional;

import org.leagueplan.account.UserDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers each new inbox entry by e-mail to its reader, when mail is configured and the
 * reader has an address. A failure is thrown, so the publication stays incomplete and
 * {@link DeliveryRetry} submits it again; the inbox entry is never touched.
 */
@Component
class MailDelivery {

	private final MailChannel mail;

	private final Inbox inbox;

	private final UserDirectory users;

	private final DeliveryTexts texts;

	MailDelivery(MailChannel mail, Inbox inbox, UserDirectory users, DeliveryTexts texts) {
		this.mail = mail;
		this.inbox = inbox;
		this.users = users;
		this.texts = texts;
	}

	@ApplicationModuleListener
	void on(NoticePosted posted) {
		if (!this.mail.enabled()) {
			return;
		}
		Optional<String> address = this.users.email(posted.userId());
		if (address.isEmpty()) {
			return;
		}
		InboxEntry entry = this.inbox.entry(posted.userId(), posted.entryId());
		this.mail.send(address.get(), this.texts.subject(entry), this.texts.body(entry));
	}

}
