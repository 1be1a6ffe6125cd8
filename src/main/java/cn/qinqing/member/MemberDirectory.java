package cn.qinqing.member;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lookups other modules need without a signed-in caller's scope (e.g. binding a MEMBER account). */
@Component
public class MemberDirectory {

    private final JdbcClient jdbc;

    MemberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the member exists in the federation with this path or below it. */
    public boolean existsUnder(long memberId, String federationPath) {
        if (federationPath == null) {
            return false;
        }
        return jdbc.sql("select count(*) from member m join federation f on f.id = m.federation_id where m.id = ? and f.path like ?")
                .params(memberId, federationPath + "%").query(Long.class).single() > 0;
    }

    /** A member as other modules need to name it: its federation, its name and its chambers. */
    public record Entry(long id, long federationId, String name, List<Long> chamberIds) {
    }

    /** The member with this id, whatever its status; empty when unknown. */
    public Optional<Entry> find(long memberId) {
        return jdbc.sql("""
                select m.id, m.federation_id, m.name,
                       array(select mc.chamber_id from member_chamber mc where mc.member_id = m.id order by mc.chamber_id) as chambers
                  from member m where m.id = ?""")
                .param(memberId)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getLong("federation_id"), rs.getString("name"),
                        List.of((Long[]) rs.getArray("chambers").getArray())))
                .optional();
    }

    /** True when the member belongs to the chamber now. */
    public boolean belongsToChamber(long memberId, long chamberId) {
        return jdbc.sql("select exists (select 1 from member_chamber where member_id = ? and chamber_id = ?)")
                .params(memberId, chamberId).query(Boolean.class).single();
    }
}
