package org.leagueplan.supervision;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a reminder by e-mail, when a mail server is configured
 * ({@code spring.mail.host}); without one, mail is off and nothing fails.
 */
@Component
class MailChannel {

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	MailChannel(ObjectProvider<JavaMailSender> sender,
			@Value("${leagueplan.mail.from:${spring.mail.username:leagueplan@localhost}}") String from) {
		this.sender = sender;
		this.from = from;
	}

	boolean enabled() {
		return this.sender.getIfAvailable() != null;
	}

	/**
	 * Sends the message; throws {@link DeliveryFailed} when the mail server refuses it.
	 */
	void send(String to, String subject, String text) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			mail.send(message);
		}
		catch (MailException ex) {
			throw new DeliveryFailed("The mail server did not take the message: " + ex.getClass().getName(), ex);
		}
	}

}
