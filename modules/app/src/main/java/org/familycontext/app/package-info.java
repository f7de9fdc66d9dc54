/**
 * The application: wires the modules into one server. It owns the platform pieces every module
 * shares (data sources, council-scoped transactions, schema migrations, platform health checks).
 */
package org.familycontext.app;
