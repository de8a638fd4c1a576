package dk.samvirke.shared;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles formatted by ICU4J's MessageFormat wherever a message has arguments, so the bundles
 * can say {@code {0, plural, one {# svar} other {# svar}}} with each language's own plural rules (and
 * {@code select}); the classic {@code choice} format and {@code ''} for an apostrophe still work as before.
 * Messages without arguments are returned as written, as Spring does. Templates use it unchanged:
 * {@code #{forum.replies(${n})}}.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || args == null || args.length == 0) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale language = locale == null ? getDefaultLocale() == null ? Locale.getDefault() : getDefaultLocale() : locale;
        String pattern = resolveCodeWithoutArguments(code, language);
        if (pattern == null) {
            return super.getMessageInternal(code, args, locale);
        }
        Object[] resolved = resolveArguments(args, language);
        var format = formats.computeIfAbsent(language.toLanguageTag() + '\u0000' + pattern,
                key -> new MessageFormat(pattern, language));
        synchronized (format) {
            return format.format(resolved);
        }
    }
}
