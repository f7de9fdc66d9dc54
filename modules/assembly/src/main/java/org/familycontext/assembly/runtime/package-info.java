/** The family assembly in the server: CDI wiring, re-linking after loads. */
package org.familycontext.assembly.runtime;
