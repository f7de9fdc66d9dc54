/**
 * How each service (children's social care, schools, adult social care, housing, police) comes to
 * know a family and writes its people down, mistakes included: every row carries the truth it was
 * made from and the errors put into it. Internal to the synthetic module.
 */
package org.familycontext.synthetic.sources;
