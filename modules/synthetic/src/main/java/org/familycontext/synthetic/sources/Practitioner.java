package org.familycontext.synthetic.sources;

/**
 * Someone to call: a synthetic worker with a drama-range telephone number and (except police) an
 * e-mail address at an example domain.
 *
 * @param name         full name
 * @param role         job title
 * @param phone        telephone number
 * @param email        e-mail address, or null
 * @param organisation who employs them (for housing, the landlord)
 */
public record Practitioner(String name, String role, String phone, String email, String organisation) {
}
