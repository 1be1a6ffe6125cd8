package cn.qinqing.organisation;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The federation this deployment serves, created on first start, with its parents up the tree.
 * Defaults: 河口区工商业联合会 (370503) under 东营市 (370500) and 山东省 (370000).
 */
@ConfigurationProperties("qinqing.federation")
public record FederationProperties(String name, String regionCode, FederationLevel level, List<Parent> parents) {

    /** A parent federation, listed from the top down. */
    public record Parent(String name, String regionCode, FederationLevel level) {
    }

    public FederationProperties {
        if (name == null) {
            name = "河口区工商业联合会";
            regionCode = "370503";
            level = FederationLevel.DISTRICT;
            if (parents == null) {
                parents = List.of(new Parent("山东省工商业联合会", "370000", FederationLevel.PROVINCE),
                        new Parent("东营市工商业联合会", "370500", FederationLevel.CITY));
            }
        }
        parents = parents == null ? List.of() : List.copyOf(parents);
    }
}
