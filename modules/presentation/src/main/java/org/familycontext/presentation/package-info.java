/**
 * Presentation: the pages councils' users see (GOV.UK Frontend styling, council branding) and,
 * later, the JSON API. It shows what other modules decide; it holds no business rules and offers
 * no API to other modules.
 */
package org.familycontext.presentation;
