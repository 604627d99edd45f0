package org.leagueplan.supervision;

import java.util.Map;

/**
 * The chat services whose group robots take reminders, each with the shape of its text
 * message.
 */
enum WebhookFormat {

	/** 企业微信: {@code {"msgtype":"text","text":{"content":...}}}. */
	WECOM,

	/** 钉钉: {@code {"msgtype":"text","text":{"content":...}}}. */
	DINGTALK,

	/** 飞书: {@code {"msg_type":"text","content":{"text":...}}}. */
	FEISHU;

	/** The request body carrying the text, as a tree for the JSON writer. */
	Map<String, Object> body(String text) {
		return switch (this) {
			case WECOM, DINGTALK -> Map.of("msgtype", "text", "text", Map.of("content", text));
			case FEISHU -> Map.of("msg_type", "text", "content", Map.of("text", text));
		};
	}

}
