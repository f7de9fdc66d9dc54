/** The built-in {@code jdbc-query} adapter: a read-only query on the council's data warehouse. */
package org.familycontext.adapters.jdbc;
