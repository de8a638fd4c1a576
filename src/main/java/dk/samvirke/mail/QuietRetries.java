package dk.samvirke.mail;

import java.lang.reflect.Method;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * A mail that could not be sent yet is thrown out of its listener on purpose (the publication stays
 * incomplete and is retried) and already logged as a warning: no second report with a stack trace.
 */
@Configuration(proxyBeanMethods = false)
class QuietRetries implements AsyncConfigurer {

    private final AsyncUncaughtExceptionHandler others = new SimpleAsyncUncaughtExceptionHandler();

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (Throwable failure, Method method, Object... arguments) -> {
            if (!(failure instanceof MailDelivery.MailNotSentException)) {
                others.handleUncaughtException(failure, method, arguments);
            }
        };
    }
}
