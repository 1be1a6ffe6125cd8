package cn.qinqing.notification;

import cn.qinqing.notification.Deliveries.Delivery;
import jakarta.mail.MessagingException;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a delivery as a plain-text UTF-8 e-mail. Spring Boot creates the {@link JavaMailSender} only
 * when {@code spring.mail.host} is set; without it this channel is unavailable and e-mails are held.
 * Texts are Chinese: the dispatcher runs outside any request and the users are Chinese.
 */
@Component
class MailChannel {

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final NotificationProperties properties;

    MailChannel(ObjectProvider<JavaMailSender> sender, MessageSource messages, NotificationProperties properties) {
        this.sender = sender;
        this.messages = messages;
        this.properties = properties;
    }

    boolean available() {
        return sender.getIfAvailable() != null;
    }

    void send(Delivery delivery) {
        var mail = sender.getObject();
        var message = mail.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(delivery.address());
            helper.setSubject(delivery.title());
            helper.setText(text(delivery));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        mail.send(message);
    }

    private String text(Delivery delivery) {
        var text = new StringBuilder(delivery.body());
        if (delivery.link() != null) {
            var target = properties.baseUrl() == null ? delivery.link() : properties.baseUrl() + delivery.link();
            text.append("\n\n").append(messages.getMessage("notification.mail.link", new Object[] {target}, Locale.CHINA));
        }
        text.append("\n\n-- \n").append(messages.getMessage("notification.mail.footer", null, Locale.CHINA));
        return text.toString();
    }
}
