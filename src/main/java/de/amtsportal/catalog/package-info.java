/**
 * The service catalogue (Leistungen): what a citizen can apply for or report, who is responsible, what it
 * costs and needs, its privacy notice and the form it uses; public search with German stemming and compound
 * words, and the back office where editors maintain and publish services.
 */
@NullMarked
package de.amtsportal.catalog;

import org.jspecify.annotations.NullMarked;
