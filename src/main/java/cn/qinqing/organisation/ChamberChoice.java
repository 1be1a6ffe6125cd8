package cn.qinqing.organisation;

/** A chamber as a choice in another module's form (e.g. binding a chamber secretary account). */
public record ChamberChoice(long id, String name, long federationId) {
}
