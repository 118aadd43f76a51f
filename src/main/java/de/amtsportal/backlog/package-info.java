/**
 * Work that follows a commit, done in batches: a module adds an item in the transaction that makes the work
 * necessary ({@link de.amtsportal.backlog.Backlog#add}), and its {@link de.amtsportal.backlog.BacklogWorker} works
 * off up to a batch of items in one transaction, right after the commit and, for what is left (a restart, another
 * instance, a failure), on a poll. Nothing is lost: an item is deleted only in the transaction that did its work.
 */
@NullMarked
package de.amtsportal.backlog;

import org.jspecify.annotations.NullMarked;
