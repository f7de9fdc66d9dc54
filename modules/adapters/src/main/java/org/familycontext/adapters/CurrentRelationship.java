package org.familycontext.adapters;

/**
 * A relationship a case system records between two of its people.
 *
 * @param source          the source id
 * @param dataset         the dataset it feeds (its people are in that dataset's people sources)
 * @param recordId        the person's record id in that source
 * @param relatedRecordId the related person's record id in that source
 * @param relationship    the relationship as the source maps it (e.g. MOTHER, SIBLING)
 */
public record CurrentRelationship(String source, String dataset, String recordId, String relatedRecordId, String relationship) {
}
