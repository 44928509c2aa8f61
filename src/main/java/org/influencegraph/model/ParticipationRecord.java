package org.influencegraph.model;

/** An entity's part in an event, as one source states it. */
public record ParticipationRecord(String event, String entity, Role role, String detail, Provenance provenance) {}
