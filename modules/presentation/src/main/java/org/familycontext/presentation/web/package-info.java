/** HTTP: JAX-RS resources and servlets for the pages, error pages and response headers. */
package org.familycontext.presentation.web;
