package de.amtsportal.places;

import java.time.Instant;

/** What is loaded: how many addresses and when. */
public record PlaceRegister(int addresses, Instant loadedAt) {
}
