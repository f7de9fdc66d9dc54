/** The synthetic region's extracts as tables in a warehouse database, for the JDBC query adapter. */
package org.familycontext.synthetic.warehouse;
