package dk.samvirke.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** {@code #when} in every template: {@link Dates} in the language being rendered (pages and mails alike). */
@Component
class SamvirkeDialect extends AbstractDialect implements IExpressionObjectDialect {

    SamvirkeDialect() {
        super("samvirke");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("when");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return "when".equals(name) ? Dates.of(context.getLocale()) : null;
            }

            @Override
            public boolean isCacheable(String name) {
                return false;
            }
        };
    }
}
