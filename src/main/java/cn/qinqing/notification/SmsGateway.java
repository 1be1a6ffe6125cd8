package cn.qinqing.notification;

/**
 * Sends a text message (短信网关). The default writes the message to the log; a deployment with an
 * SMS provider declares its own bean of this type, which replaces the default.
 * An implementation throws when the provider refuses or cannot be reached, so the message is retried.
 */
public interface SmsGateway {

    /** Sends {@code text} to the mainland mobile number {@code mobile} (11 digits). */
    void send(String mobile, String text);
}
