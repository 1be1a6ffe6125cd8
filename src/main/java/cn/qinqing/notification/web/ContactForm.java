package cn.qinqing.notification.web;

import cn.qinqing.notification.ContactDetails;
import jakarta.validation.constraints.Size;

/** The contact settings as the page and the API submit them; blank removes an address. */
record ContactForm(@Size(max = 254) String email,
                   @Size(max = 20) String mobile) {

    static ContactForm of(ContactDetails details) {
        return new ContactForm(details.email(), details.mobileMasked());
    }
}
