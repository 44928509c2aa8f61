package org.influencegraph.model;

/** A lasting relation between two entities, as one source states it. */
public record TieRecord(
        String from, TieType type, String to, String role, PartialDate start, PartialDate end, Provenance provenance) {

    /**
     * What identifies the tie among the parallel ties of one type between the same two entities: one per
     * source and role, so a fact stated by two sources is two ties.
     */
    public String key() {
        return role == null ? provenance.source() : provenance.source() + "|" + role.toLowerCase(java.util.Locale.ROOT);
    }
}
