/**
 * From extract rows to canonical records with the council's mapping: columns, date format, codes;
 * identifiers and postcodes validated; rows that cannot be used are rejected with field and reason.
 */
package org.familycontext.adapters.mapping;
