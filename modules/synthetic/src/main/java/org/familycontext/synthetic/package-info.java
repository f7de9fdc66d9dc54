/**
 * Synthetic region API: {@link org.familycontext.synthetic.RegionGenerator} writes, for a
 * {@link org.familycontext.synthetic.RegionSpec}, one folder of source extracts per council (in the
 * council's {@link org.familycontext.synthetic.ExtractStyle}) and a {@code truth/} folder saying who
 * every row really is. Nobody in it is real; the same spec always gives the same bytes.
 * Sub-packages are internal to this module.
 */
package org.familycontext.synthetic;
