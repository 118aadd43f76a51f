package de.amtsportal.delivery.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChannelConfigs extends JpaRepository<ChannelConfig, UUID> {

	List<ChannelConfig> findAllByOrderByServiceSlugAscCreatedAtAsc();
}
