package cn.qinqing.legalaid;

import java.util.List;

/**
 * A lawyer or mediator on the federation's legal-aid panel (法律服务团成员) as lists and the API
 * show it: the mobile only masked ({@code 138****5678}); the full number needs a deliberate,
 * audited look ({@link LegalAidPanel#mobile}).
 *
 * @param organisation the law firm (律师事务所) or the mediation committee (调解委员会)
 * @param chamberId    the chamber whose mediation committee a mediator serves, or null
 */
public record PanelMember(long id, long federationId, String federationName, PanelKind kind, String name,
                          String organisation, Long chamberId, String chamberName, String licenceNumber,
                          List<Speciality> specialities, String mobileMasked, boolean active) {

    public PanelMember {
        specialities = List.copyOf(specialities);
    }
}
