package cn.qinqing.notification;

/**
 * An account's contact details as shown: the e-mail address and the masked mobile ({@code 138****5678}).
 *
 * @param email        e-mail address, or null
 * @param mobileMasked the mobile with its middle four digits hidden, or null
 */
public record ContactDetails(String email, String mobileMasked) {

    static final ContactDetails NONE = new ContactDetails(null, null);
}
