/** Wires the adapters module into the server: its data sources, schema, load executor and load schedule. */
package org.familycontext.adapters.runtime;
