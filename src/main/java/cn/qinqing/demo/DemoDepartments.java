package cn.qinqing.demo;

import cn.qinqing.organisation.DepartmentDraft;
import cn.qinqing.organisation.DepartmentKind;
import cn.qinqing.organisation.Departments;
import cn.qinqing.organisation.Federation;
import cn.qinqing.shared.security.QinqingUser;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The district's partner departments (政府部门) the demo cases go to: the federation's own active
 * department of each kind when it has one, else one made through {@link Departments}.
 */
@Component
class DemoDepartments {

    static final Map<DepartmentKind, String> USUAL = usual();

    private final Departments departments;
    private final JdbcClient jdbc;

    DemoDepartments(Departments departments, JdbcClient jdbc) {
        this.departments = departments;
        this.jdbc = jdbc;
    }

    /** Department id and name by kind. */
    Map<DepartmentKind, Map.Entry<Long, String>> ensure(QinqingUser caller, Federation home) {
        var result = new EnumMap<DepartmentKind, Map.Entry<Long, String>>(DepartmentKind.class);
        int line = 0;
        for (var usual : USUAL.entrySet()) {
            var kind = usual.getKey();
            line++;
            var existing = jdbc.sql("select id, name from department where federation_id = ? and kind = ? and active"
                            + " order by id limit 1").params(home.id(), kind.name())
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).optional();
            if (existing.isPresent()) {
                result.put(kind, existing.get());
                continue;
            }
            var made = departments.create(caller, new DepartmentDraft(home.id(), usual.getValue(), kind, "联络员",
                    "0546-36%05d".formatted(10_000 + line * 111), true));
            result.put(kind, Map.entry(made.id(), made.name()));
        }
        return result;
    }

    private static Map<DepartmentKind, String> usual() {
        var m = new LinkedHashMap<DepartmentKind, String>();
        m.put(DepartmentKind.PUBLIC_SECURITY, "河口区公安分局");
        m.put(DepartmentKind.PROCURATORATE, "河口区人民检察院");
        m.put(DepartmentKind.COURT, "河口区人民法院");
        m.put(DepartmentKind.CENTRAL_BANK, "人民银行河口支行");
        m.put(DepartmentKind.MARKET_REGULATION, "河口区市场监督管理局");
        m.put(DepartmentKind.JUSTICE, "河口区司法局");
        m.put(DepartmentKind.HUMAN_RESOURCES, "河口区人力资源和社会保障局");
        m.put(DepartmentKind.TAX, "河口区税务局");
        return m;
    }
}
