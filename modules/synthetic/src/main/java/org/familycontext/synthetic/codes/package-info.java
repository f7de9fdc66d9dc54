/**
 * Coded values (gender, episode types, relationships, flags, offences...) and the code each
 * extract style writes for them. Internal to the synthetic module.
 */
package org.familycontext.synthetic.codes;
