/**
 * The {@code ./fc} command: runs the product locally with embedded defaults, runs every test
 * against real components, and offers offline tools (tenant configuration checks).
 */
package org.familycontext.launcher;
