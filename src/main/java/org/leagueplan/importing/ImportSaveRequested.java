package org.leagueplan.importing;

/**
 * A person pressed "save" on a checked import and the import was claimed for saving
 * ({@link ImportSaver#start}): published in that transaction, stored by the event
 * publication registry, and handled after the commit by {@link ImportSaver#on}, again
 * after a restart if the save did not finish.
 *
 * @param importId the import to save
 * @param version the import's version the claim gave it: names this claim, so that its
 * own listener knows the save is handed to it, and a publication sent again knows it is
 * not
 * @param requestedBy the user name of the person who pressed "save": the save runs as
 * them (the audit log names them)
 */
record ImportSaveRequested(long importId, long version, String requestedBy) {
}
