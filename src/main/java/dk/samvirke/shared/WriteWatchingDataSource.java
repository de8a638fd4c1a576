package dk.samvirke.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's {@link DataSource} with every statement's SQL looked at as it is prepared or run: a write to
 * the registry tells {@link RegistryVersion}. The pool behind it is reachable by {@code unwrap} as before.
 */
final class WriteWatchingDataSource extends DelegatingDataSource {

    private final Consumer<String> onStatement;

    WriteWatchingDataSource(DataSource target, Consumer<String> onStatement) {
        super(target);
        this.onStatement = onStatement;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return watched(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return watched(obtainTargetDataSource().getConnection(username, password));
    }

    private Connection watched(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Watching(connection, true));
    }

    /** A connection's or statement's calls, passed on; the SQL of statements is shown to {@code onStatement}. */
    private final class Watching implements InvocationHandler {

        private final Object target;
        private final boolean connection;

        Watching(Object target, boolean connection) {
            this.target = target;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("unwrap") && args != null && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
                return proxy;
            }
            if (args != null && args.length > 0 && args[0] instanceof String sql && (connection
                    ? name.equals("prepareStatement") || name.equals("prepareCall")
                    : name.startsWith("execute") || name.equals("addBatch"))) {
                onStatement.accept(sql);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (connection && name.equals("createStatement") && result instanceof Statement statement
                    && !(result instanceof PreparedStatement) && !(result instanceof CallableStatement)) {
                return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class},
                        new Watching(statement, false));
            }
            return result;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Wiring {

        /** Wraps the application's data source once it is configured (its properties are bound before this). */
        @Bean
        static BeanPostProcessor writeWatchingDataSource(ObjectProvider<RegistryVersion> version) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof WriteWatchingDataSource)
                            && "dataSource".equals(beanName)) {
                        return new WriteWatchingDataSource(dataSource, sql -> {
                            if (RegistryVersion.isRegistryWrite(sql)) {
                                version.getObject().changed();
                            }
                        });
                    }
                    return bean;
                }
            };
        }
    }
}
