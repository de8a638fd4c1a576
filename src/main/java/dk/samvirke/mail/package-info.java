/**
 * Outgoing e-mail, exactly once, through a transactional outbox. Every module that mails someone calls
 * {@link dk.samvirke.mail.Outbox#queue(dk.samvirke.mail.OutgoingMail)} inside the transaction of the change
 * the mail is about (an account created, a post written, a registration taken): the mail and an entry in
 * Spring Modulith's event publication registry are written with that change, or not at all. After the commit
 * an {@code @ApplicationModuleListener} sends it; a mail that could not be sent (no mail server, the server
 * away) stays queued and is tried again every {@code samvirke.mail.retry-interval} and at every start until
 * the server takes it. Delivery is recorded the moment the server has accepted the mail, before the
 * publication completes, so a retry after a crash in between finds it delivered and sends nothing; each mail
 * carries a stable {@code Message-ID}, so even the one remaining window (a crash between the server's
 * acceptance and that record) cannot show the recipient two mails.
 * <p>
 * {@link dk.samvirke.mail.OutgoingMail#reference()} names what the mail is about ({@code invitation:anne@…});
 * {@link dk.samvirke.mail.Outbox#status(String)} tells a page the truth about it: queued (with the attempts
 * and the last error) or sent. The body of a sent mail is erased; sent mails are forgotten after
 * {@code samvirke.mail.keep-sent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package dk.samvirke.mail;
