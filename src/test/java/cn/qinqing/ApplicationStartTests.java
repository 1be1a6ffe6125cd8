package cn.qinqing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ApplicationStartTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void healthIsPublicAndUp() {
        var response = Api.anonymous(port).get("/actuator/health");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void otherActuatorEndpointsAreNotPublic() {
        assertThat(Api.anonymous(port).get("/actuator/env").status()).isIn(401, 403, 404);
        assertThat(Api.anonymous(port).get("/actuator/beans").status()).isIn(401, 403, 404);
    }

    @Test
    void firstStartCreatesTheFederationTreeAndThreeAdministrators() {
        var names = jdbc.sql("select name from federation order by path").query(String.class).list();
        assertThat(names).containsSubsequence("山东省工商业联合会", "东营市工商业联合会", "河口区工商业联合会");
        var admins = jdbc.sql("""
                select u.username || ':' || r.role from app_user u join user_role r on r.user_id = u.id
                 where u.username in ('sysadmin','secadmin','auditadmin') order by 1""").query(String.class).list();
        assertThat(admins).containsExactly("auditadmin:AUDIT_ADMIN", "secadmin:SECURITY_ADMIN", "sysadmin:SYSTEM_ADMIN");
    }

    @Test
    void embeddedDatabaseIsDurable() {
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
    }
}
