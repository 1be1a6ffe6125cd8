package cn.qinqing.organisation;

import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.web.WorkbenchCard;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The workbench card of organisation building: chambers, the 五有 standard, party organisations. */
@Component
class OrganisationWorkbenchCard implements WorkbenchCard {

    private final JdbcClient jdbc;

    OrganisationWorkbenchCard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Card> card(QinqingUser user) {
        var scope = user.scope();
        if (scope.none()) {
            return Optional.empty();
        }
        var chamberFilter = scope.singleChamber() ? " and c.id = :chamber" : "";
        var chambers = jdbc.sql("""
                select count(*) as total,
                       count(*) filter (where (select count(*) from chamber_five_has h
                                                where h.chamber_id = c.id and h.met) = 5) as standard
                  from chamber c join federation f on f.id = c.federation_id
                 where f.path like :path""" + chamberFilter)
                .param("path", scope.federationPath() + "%")
                .params(scope.singleChamber() ? java.util.Map.of("chamber", scope.chamberId()) : java.util.Map.of())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        var partyFilter = scope.singleChamber() ? " and p.chamber_id = :chamber" : "";
        var party = jdbc.sql("""
                select count(*), coalesce(sum(p.member_count), 0)
                  from party_organisation p join federation f on f.id = p.federation_id
                 where f.path like :path""" + partyFilter)
                .param("path", scope.federationPath() + "%")
                .params(scope.singleChamber() ? java.util.Map.of("chamber", scope.chamberId()) : java.util.Map.of())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return Optional.of(new Card(20, "workbench.organisation", "/chambers", List.of(
                new Figure("workbench.chambers", chambers[0]),
                new Figure("workbench.chambers-five-has", chambers[1]),
                new Figure("workbench.party-organisations", party[0]),
                new Figure("workbench.party-members", party[1]))));
    }
}
