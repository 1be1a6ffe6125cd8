package cn.qinqing.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reading an account with its role grants, which the security filter does on every request: one SQL
 * statement, every grant, and an account without any grant still found.
 */
@IntegrationTest
class AccountsReadTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    DataSource dataSource;

    @Test
    void anAccountWithSeveralGrantsIsReadWithAllOfThemInOneStatement() {
        var name = accounts.create("read", Role.STAFF, Role.LEADER, Role.VICE_CHAIR);
        var statements = new AtomicInteger();
        var counted = new Accounts(JdbcClient.create(counting(dataSource, statements)));

        var user = counted.findByUsername(" " + name.toUpperCase() + " ").orElseThrow();

        assertThat(statements).hasValue(1);
        assertThat(user.username()).isEqualTo(name);
        assertThat(user.grants()).containsExactlyInAnyOrder(RoleGrant.of(Role.STAFF), RoleGrant.of(Role.LEADER),
                RoleGrant.of(Role.VICE_CHAIR));
    }

    @Test
    void anAccountWithoutGrantsIsFoundWithNoneAndAnUnknownNameIsNot() {
        var name = accounts.create("bare");
        var counted = new Accounts(JdbcClient.create(counting(dataSource, new AtomicInteger())));

        assertThat(counted.findByUsername(name)).get().extracting(QinqingUser::grants)
                .satisfies(grants -> assertThat(grants).isEmpty());
        assertThat(counted.findByUsername(name + "-nobody")).isEmpty();
        assertThat(counted.list()).filteredOn(u -> u.username().equals(name)).singleElement()
                .satisfies(u -> assertThat(u.grants()).isEmpty());
    }

    /** The data source, counting every statement prepared on its connections. */
    private static DataSource counting(DataSource target, AtomicInteger statements) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    var result = invoke(method, target, args);
                    if (result instanceof Connection connection) {
                        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                                (p, m, a) -> {
                                    if (m.getName().endsWith("Statement") || m.getName().equals("prepareCall")) {
                                        statements.incrementAndGet();
                                    }
                                    return invoke(m, connection, a);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
