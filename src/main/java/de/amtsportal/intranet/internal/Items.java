package de.amtsportal.intranet.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Items extends JpaRepository<Item, UUID> {

	List<Item> findByStatusOrderByPublishedAtDesc(Item.Status status);

	List<Item> findByKindOrderByFolderAscTitleAsc(de.amtsportal.intranet.ItemKind kind);

	List<Item> findByKindInOrderByCreatedAtDesc(java.util.Collection<de.amtsportal.intranet.ItemKind> kinds);
}
