/**
 * Writing a region to disk: each council's extracts in its style (file names, columns, dates,
 * codes, line ends), the record ids its systems would issue, and the truth files. Internal to the
 * synthetic module.
 */
package org.familycontext.synthetic.extract;
