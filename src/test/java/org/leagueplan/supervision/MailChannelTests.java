package org.leagueplan.supervision;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The e-mail channel sends through a real SMTP server (GreenMail); without a mail server
 * it is off and sending does nothing.
 */
class MailChannelTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private static MailChannel channel(JavaMailSender sender) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		if (sender != null) {
			beans.registerSingleton("mailSender", sender);
		}
		return new MailChannel(beans.getBeanProvider(JavaMailSender.class), "leagueplan@example.org");
	}

	private static JavaMailSenderImpl sender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}

	@Test
	void aReminderArrivesWithItsChineseSubjectAndText() throws Exception {
		MailChannel channel = channel(sender(smtp.getSmtp().getPort()));
		assertThat(channel.enabled()).isTrue();
		channel.send("li.si@example.org", "【催办】青年之家建设", "请于12月25日前报送进展。");
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("【催办】青年之家建设");
		assertThat(received[0].getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("li.si@example.org");
		assertThat(received[0].getFrom()[0].toString()).isEqualTo("leagueplan@example.org");
		assertThat(((String) received[0].getContent()).strip()).isEqualTo("请于12月25日前报送进展。");
	}

	@Test
	void aServerThatCannotBeReachedIsAFailedDelivery() {
		MailChannel channel = channel(sender(smtp.getSmtp().getPort() + 7));
		assertThatThrownBy(() -> channel.send("li.si@example.org", "s", "t")).isInstanceOf(DeliveryFailed.class);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void withoutAMailServerMailIsOffAndNothingFails() {
		MailChannel off = channel(null);
		assertThat(off.enabled()).isFalse();
		off.send("li.si@example.org", "s", "t");
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

}
