/**
 * Accounts, organisations (the authority with its org units; institutions with their members), roles
 * and memberships, sign-in (password with TOTP for staff, or OIDC), sessions and account self-service.
 */
@NullMarked
package de.amtsportal.identity;

import org.jspecify.annotations.NullMarked;
