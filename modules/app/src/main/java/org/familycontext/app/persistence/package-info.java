/**
 * Database platform: each module's schema migrated by Flyway as the owner role, and transactions
 * that tell PostgreSQL which council they act for (row-level security).
 */
package org.familycontext.app.persistence;
