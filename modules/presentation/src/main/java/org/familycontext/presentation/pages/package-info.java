/** Page models and the template renderer: what each page shows, in the words users read. */
package org.familycontext.presentation.pages;
