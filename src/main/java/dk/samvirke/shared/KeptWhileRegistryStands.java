package dk.samvirke.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers derived from the registry, kept per key while the {@link RegistryVersion} stands: a write on any node
 * raises it, and the next request computes the answer again. When the version is unknown (the database away)
 * nothing is kept or served from here. At most {@code capacity} keys are kept; past that all are let go at once,
 * which is rare enough (a new date, say) not to need an order of use.
 *
 * @param <K> what an answer is for (a date)
 * @param <V> the answer
 */
public final class KeptWhileRegistryStands<K, V> {

    private final RegistryVersion registryVersion;
    private final int capacity;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

    private record Kept<V>(long version, V value) {
    }

    public KeptWhileRegistryStands(RegistryVersion registryVersion, int capacity) {
        this.registryVersion = registryVersion;
        this.capacity = capacity;
    }

    /** The kept answer for the key, or the one {@code compute} gives now (kept for the version read before it). */
    public V get(K key, Supplier<V> compute) {
        var version = registryVersion.current(); // before computing: the answer is at least this new
        if (version.isPresent()) {
            Kept<V> k = kept.get(key);
            if (k != null && k.version() == version.getAsLong()) {
                return k.value();
            }
        }
        V value = compute.get();
        if (version.isPresent()) {
            if (kept.size() >= capacity) {
                kept.clear();
            }
            kept.put(key, new Kept<>(version.getAsLong(), value));
        }
        return value;
    }
}
