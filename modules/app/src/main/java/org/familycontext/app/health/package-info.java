/** Platform health: the database answers, and every module's migrations are applied. */
package org.familycontext.app.health;
