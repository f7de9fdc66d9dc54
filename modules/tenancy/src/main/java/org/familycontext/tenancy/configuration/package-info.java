/**
 * Reading and checking tenant configuration files: YAML with line numbers, the JSON Schema, and the
 * rules a schema cannot express (file name matches id, logo present, colour contrast, https issuer).
 * Pure functions of the files' bytes; nothing here touches the running registry.
 */
package org.familycontext.tenancy.configuration;
