package org.shelfwise.catalog.transfer;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the statements the application sends to its database (each prepared or plain statement executed, a JDBC
 * batch as one round trip per execution), by wrapping its {@link DataSource}: what a throughput test reports
 * beside CPU time.
 */
final class CountedStatements implements BeanPostProcessor {

    static final AtomicLong EXECUTED = new AtomicLong();
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof DataSource source)) {
            return bean;
        }
        return new DelegatingDataSource(source) {
            @Override
            public Connection getConnection() throws SQLException {
                return counted(super.getConnection());
            }
        };
    }

    private static Connection counted(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    if (result instanceof java.sql.Statement statement && method.getName().matches("prepare.*|create.*")) {
                        return countedStatement(statement);
                    }
                    return result;
                });
    }

    private static Object countedStatement(java.sql.Statement statement) {
        var interfaces = statement instanceof java.sql.CallableStatement ? new Class<?>[] {java.sql.CallableStatement.class}
                : statement instanceof java.sql.PreparedStatement ? new Class<?>[] {java.sql.PreparedStatement.class}
                : new Class<?>[] {java.sql.Statement.class};
        return Proxy.newProxyInstance(Connection.class.getClassLoader(), interfaces, (proxy, method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                EXECUTED.incrementAndGet();
            }
            return invoke(statement, method, args);
        });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
