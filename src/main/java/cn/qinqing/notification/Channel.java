package cn.qinqing.notification;

/** How a notice reaches its recipient. */
public enum Channel {
    /** The recipient's inbox in the app (站内消息); delivered by writing the notice. */
    IN_APP,
    /** E-mail over SMTP ({@code spring.mail.*}). */
    EMAIL,
    /** A text message through the {@link SmsGateway}. */
    SMS
}
