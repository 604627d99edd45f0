package org.leagueplan.supervision;

import java.util.List;

import org.leagueplan.account.UserDirectory;
import org.leagueplan.account.UserSummary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers each new inbox entry to the committee's chat group robot, naming its reader,
 * when a robot is configured. A failure is thrown, so the publication stays incomplete
 * and {@link DeliveryRetry} submits it again; the inbox entry is never touched.
 */
@Component
class WebhookDelivery {

	private final WebhookChannel webhook;

	private final Inbox inbox;

	private final UserDirectory users;

	private final DeliveryTexts texts;

	WebhookDelivery(WebhookChannel webhook, Inbox inbox, UserDirectory users, DeliveryTexts texts) {
		this.webhook = webhook;
		this.inbox = inbox;
		this.users = users;
		this.texts = texts;
	}

	@ApplicationModuleListener
	void on(NoticePosted posted) {
		if (!this.webhook.enabled()) {
			return;
		}
		InboxEntry entry = this.inbox.entry(posted.userId(), posted.entryId());
		UserSummary reader = this.users.findByIds(List.of(posted.userId())).get(posted.userId());
		this.webhook.send(this.texts.robot(entry, (reader != null) ? reader.displayName() : ""));
	}

}
