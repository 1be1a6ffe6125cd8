package cn.qinqing.member;

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
}
