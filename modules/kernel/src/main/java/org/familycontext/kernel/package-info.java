/**
 * The shared kernel: the few value types and contracts every module speaks (council ids,
 * council-scoped work, the schema each module owns). It depends on no other module.
 */
package org.familycontext.kernel;
