/**
 * The append-only, hash-chained audit trail: who did what, when, from where.
 */
@NullMarked
package de.amtsportal.audit;

import org.jspecify.annotations.NullMarked;
