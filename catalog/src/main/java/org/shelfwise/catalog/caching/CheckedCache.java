package org.shelfwise.catalog.caching;

import org.springframework.cache.Cache;
import org.springframework.cache.support.SimpleValueWrapper;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A cache whose every hit is checked against its source ({@link CachedData.Freshness}) and counts as a miss, and is
 * evicted, when it is no longer current. An eviction sent across instances arrives a relay interval and a poll after
 * the commit, and a reader that loaded the row just before a commit can cache it just after the eviction: with the
 * check, no read is ever older than a write that was acknowledged before it was asked for, on any instance.
 */
final class CheckedCache implements Cache {

    private final Cache target;
    private final CachedData.Freshness freshness;

    CheckedCache(Cache target, CachedData.Freshness freshness) {
        this.target = target;
        this.freshness = freshness;
    }

    /** The cache this one checks, for its metrics. */
    Cache target() {
        return target;
    }

    @Override
    public String getName() {
        return target.getName();
    }

    @Override
    public Object getNativeCache() {
        return target.getNativeCache();
    }

    @Override
    public ValueWrapper get(Object key) {
        ValueWrapper found = target.get(key);
        if (found == null || found.get() == null || freshness.isCurrent(key, found.get())) {
            return found;
        }
        target.evict(key);
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Class<T> type) {
        ValueWrapper found = get(key);
        Object value = found == null ? null : found.get();
        if (value != null && type != null && !type.isInstance(value)) {
            throw new IllegalStateException("Cached value is not of required type [" + type.getName() + "]: " + value);
        }
        return (T) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Callable<T> valueLoader) {
        ValueWrapper found = get(key);
        if (found != null) {
            return (T) found.get();
        }
        try {
            T value = valueLoader.call();
            put(key, value);
            return value;
        } catch (Exception e) {
            throw new ValueRetrievalException(key, valueLoader, e);
        }
    }

    @Override
    public CompletableFuture<?> retrieve(Object key) {
        CompletableFuture<?> found = target.retrieve(key);
        return found == null ? null : found.thenApply(value -> {
            Object unwrapped = value instanceof ValueWrapper wrapper ? wrapper.get() : value;
            if (unwrapped == null || freshness.isCurrent(key, unwrapped)) {
                return value;
            }
            target.evict(key);
            return null;
        });
    }

    @Override
    public <T> CompletableFuture<T> retrieve(Object key, Supplier<CompletableFuture<T>> valueLoader) {
        ValueWrapper found = get(key);
        return found != null ? CompletableFuture.completedFuture(cast(found))
                : valueLoader.get().thenApply(value -> {
                    put(key, value);
                    return value;
                });
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(ValueWrapper found) {
        return (T) found.get();
    }

    @Override
    public void put(Object key, Object value) {
        target.put(key, value);
    }

    @Override
    public ValueWrapper putIfAbsent(Object key, Object value) {
        ValueWrapper existing = get(key);
        if (existing == null) {
            target.put(key, value);
            return null;
        }
        return new SimpleValueWrapper(existing.get());
    }

    @Override
    public void evict(Object key) {
        target.evict(key);
    }

    @Override
    public boolean evictIfPresent(Object key) {
        return target.evictIfPresent(key);
    }

    @Override
    public void clear() {
        target.clear();
    }

    @Override
    public boolean invalidate() {
        return target.invalidate();
    }
}
