/**
 * The administration pages of the back office ({@code /amt/admin}): org units, institutions and staff.
 * Every page calls a permission-checked service of identity; the URL rules are only the outer fence.
 */
package de.amtsportal.identity.web.admin;
