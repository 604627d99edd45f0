package org.leagueplan.supervision;

/**
 * A new entry was posted to a person's inbox: the channels that deliver it elsewhere
 * (e-mail, a group robot) listen to this, each on its own, so a failed delivery is
 * retried from the event publication registry and never touches the entry itself.
 */
public record NoticePosted(long entryId, long userId) {
}
