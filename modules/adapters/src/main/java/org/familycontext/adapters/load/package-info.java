/**
 * Load runs: read an extract through its adapter, map each row, stage accepted rows with COPY as the
 * loader role, quarantine the rest with row, field and reason, check the staged rows under
 * row-level security, and publish the load whole, or refuse it and keep the current data.
 */
package org.familycontext.adapters.load;
