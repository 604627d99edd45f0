package org.leagueplan.progress;

/**
 * The evidence of a request to close an item: files and links, checked as a report's are.
 * The summary and the version travel as parameters of their own.
 */
class ClosingEvidenceForm extends EvidenceForm {

}
