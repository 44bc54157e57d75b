using k8s;
using k8s.Models;

namespace Weft.Kubernetes.Tests.ApiServer;

/// <summary>
/// The test cluster's objects, as an API server backed by etcd keeps them: one resourceVersion counter for every change,
/// a history of changes that watches replay from a resourceVersion, and owner-reference garbage collection on delete.
/// Objects handed out are copies; changes go through <see cref="Update{T}"/>.
/// </summary>
internal sealed class ClusterState
{
    private readonly object _gate = new();
    private readonly Dictionary<ObjectKey, IKubernetesObject<V1ObjectMeta>> _objects = [];
    private readonly List<StoredEvent> _history = [];
    private readonly List<WatchSubscription> _watches = [];
    private long _resourceVersion = 1000;
    private long _compactedThrough;

    /// <summary>Called (outside the lock) after an object is created.</summary>
    public event Action<ObjectKey, IKubernetesObject<V1ObjectMeta>>? Created;

    /// <summary>Called (outside the lock) after an object is deleted.</summary>
    public event Action<ObjectKey, IKubernetesObject<V1ObjectMeta>>? Deleted;

    public long ResourceVersion
    {
        get
        {
            lock (_gate)
            {
                return _resourceVersion;
            }
        }
    }

    /// <summary>Creates an object; <see langword="null"/> when one of that name exists.</summary>
    public T? Create<T>(string resource, T item)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        var key = new ObjectKey(resource, item.Metadata.NamespaceProperty, item.Metadata.Name);
        T copy;
        lock (_gate)
        {
            if (_objects.ContainsKey(key))
            {
                return null;
            }

            item.Metadata.Uid = Guid.NewGuid().ToString();
            item.Metadata.CreationTimestamp = DateTime.UtcNow;
            item.Metadata.Generation = 1;
            _objects[key] = item;
            Record("ADDED", key, item);
            copy = (T)CopyAny(item);
        }

        Created?.Invoke(key, CopyAny(copy));
        return copy;
    }

    public T? Get<T>(ObjectKey key)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        lock (_gate)
        {
            return _objects.TryGetValue(key, out var item) ? Copy((T)item) : null;
        }
    }

    public (List<T> Items, long ResourceVersion) List<T>(string resource, string @namespace, LabelSelector selector)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        lock (_gate)
        {
            var items = _objects
                .Where(o => o.Key.Resource == resource && o.Key.Namespace == @namespace && selector.Matches(Labels(o.Value)))
                .OrderBy(o => o.Key.Name, StringComparer.Ordinal)
                .Select(o => Copy((T)o.Value))
                .ToList();
            return (items, _resourceVersion);
        }
    }

    /// <summary>All objects of a resource, in every namespace (what a test inspects).</summary>
    public List<T> All<T>(string resource)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        lock (_gate)
        {
            return [.. _objects.Where(o => o.Key.Resource == resource).Select(o => Copy((T)o.Value))];
        }
    }

    /// <summary>Changes an object in place; <see langword="null"/> when it no longer exists.</summary>
    public T? Update<T>(ObjectKey key, Action<T> change)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        lock (_gate)
        {
            if (!_objects.TryGetValue(key, out var item))
            {
                return null;
            }

            change((T)item);
            Record("MODIFIED", key, item);
            return Copy((T)item);
        }
    }

    /// <summary>
    /// Deletes an object and, by <paramref name="propagation"/> (<c>Background</c>, <c>Foreground</c> or <c>Orphan</c>), its
    /// dependents: objects whose owner references name it. <see langword="false"/> when it did not exist.
    /// </summary>
    public bool Delete(ObjectKey key, string propagation)
    {
        var deleted = new List<(ObjectKey, IKubernetesObject<V1ObjectMeta>)>();
        lock (_gate)
        {
            if (!DeleteLocked(key, propagation, deleted))
            {
                return false;
            }
        }

        foreach (var (k, item) in deleted)
        {
            Deleted?.Invoke(k, item);
        }

        return true;
    }

    /// <summary>Forgets the history up to now: a watch resuming from an older resourceVersion is answered 410 Gone.</summary>
    public void CompactHistory()
    {
        lock (_gate)
        {
            _compactedThrough = _resourceVersion;
            _history.Clear();
        }
    }

    /// <summary>
    /// Opens a watch. Without a resourceVersion (or with <c>0</c>) it starts with an ADDED event per current object; with one,
    /// it replays the changes after it. <see langword="null"/> when that resourceVersion is older than the kept history.
    /// </summary>
    public WatchSubscription? Watch(string resource, string @namespace, LabelSelector selector, string? resourceVersion)
    {
        var watch = new WatchSubscription(resource, @namespace, selector);
        lock (_gate)
        {
            if (string.IsNullOrEmpty(resourceVersion) || resourceVersion == "0")
            {
                foreach (var (key, item) in _objects.Where(o => o.Key.Resource == resource && o.Key.Namespace == @namespace).OrderBy(o => o.Key.Name, StringComparer.Ordinal))
                {
                    watch.Offer(new StoredEvent(long.Parse(item.Metadata.ResourceVersion, System.Globalization.CultureInfo.InvariantCulture), "ADDED", key, Labels(item), KubernetesJson.Serialize(item)));
                }
            }
            else
            {
                var from = long.Parse(resourceVersion, System.Globalization.CultureInfo.InvariantCulture);
                if (from < _compactedThrough)
                {
                    return null;
                }

                foreach (var e in _history.Where(e => e.ResourceVersion > from))
                {
                    watch.Offer(e);
                }
            }

            _watches.Add(watch);
            watch.OnDispose = w =>
            {
                lock (_gate)
                {
                    _watches.Remove(w);
                }
            };
        }

        return watch;
    }

    /// <summary>Ends every open watch (server shutdown).</summary>
    public void CloseWatches()
    {
        lock (_gate)
        {
            foreach (var watch in _watches)
            {
                watch.Complete();
            }
        }
    }

    private bool DeleteLocked(ObjectKey key, string propagation, List<(ObjectKey, IKubernetesObject<V1ObjectMeta>)> deleted)
    {
        if (!_objects.TryGetValue(key, out var item))
        {
            return false;
        }

        var uid = item.Metadata.Uid;
        var dependents = _objects.Where(o => o.Value.Metadata.OwnerReferences?.Any(r => r.Uid == uid) == true).Select(o => o.Key).ToList();
        if (propagation == "Foreground")
        {
            foreach (var dependent in dependents)
            {
                DeleteLocked(dependent, "Foreground", deleted);
            }
        }

        _objects.Remove(key);
        item.Metadata.DeletionTimestamp = DateTime.UtcNow;
        Record("DELETED", key, item);
        deleted.Add((key, CopyAny(item)));
        foreach (var dependent in dependents)
        {
            if (propagation == "Orphan")
            {
                if (_objects.TryGetValue(dependent, out var orphan))
                {
                    orphan.Metadata.OwnerReferences = [.. orphan.Metadata.OwnerReferences.Where(r => r.Uid != uid)];
                    Record("MODIFIED", dependent, orphan);
                }
            }
            else if (propagation == "Background")
            {
                DeleteLocked(dependent, "Background", deleted);
            }
        }

        return true;
    }

    private void Record(string type, ObjectKey key, IKubernetesObject<V1ObjectMeta> item)
    {
        item.Metadata.ResourceVersion = (++_resourceVersion).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var e = new StoredEvent(_resourceVersion, type, key, Labels(item), KubernetesJson.Serialize(item));
        _history.Add(e);
        foreach (var watch in _watches)
        {
            watch.Offer(e);
        }
    }

    private static IReadOnlyDictionary<string, string> Labels(IKubernetesObject<V1ObjectMeta> item)
        => item.Metadata.Labels is { } labels ? new Dictionary<string, string>(labels) : new Dictionary<string, string>();

    private static T Copy<T>(T item)
        where T : class, IKubernetesObject<V1ObjectMeta>
        => KubernetesJson.Deserialize<T>(KubernetesJson.Serialize(item));

    private static IKubernetesObject<V1ObjectMeta> CopyAny(IKubernetesObject<V1ObjectMeta> item) => item switch
    {
        V1Job job => Copy(job),
        V1Pod pod => Copy(pod),
        V1ConfigMap map => Copy(map),
        _ => throw new NotSupportedException($"The test server does not keep {item.GetType().Name} objects."),
    };
}
