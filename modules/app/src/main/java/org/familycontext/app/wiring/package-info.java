/** Container resources (data sources, executors, the clock) made injectable by constructor. */
package org.familycontext.app.wiring;
