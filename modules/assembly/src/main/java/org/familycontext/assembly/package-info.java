/** Family assembly: links source records into people, households and families. */
package org.familycontext.assembly;
