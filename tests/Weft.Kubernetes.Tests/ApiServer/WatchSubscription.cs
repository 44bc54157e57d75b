using System.Threading.Channels;

namespace Weft.Kubernetes.Tests.ApiServer;

/// <summary>An open watch: the events of one resource in one namespace that match a label selector, in order.</summary>
internal sealed class WatchSubscription(string resource, string @namespace, LabelSelector selector) : IDisposable
{
    private readonly Channel<StoredEvent> _events = Channel.CreateUnbounded<StoredEvent>(new UnboundedChannelOptions { SingleReader = true });

    public Action<WatchSubscription>? OnDispose { get; set; }

    public ChannelReader<StoredEvent> Events => _events.Reader;

    public bool Wants(StoredEvent e) => e.Key.Resource == resource && e.Key.Namespace == @namespace && selector.Matches(e.Labels);

    public void Offer(StoredEvent e)
    {
        if (Wants(e))
        {
            _events.Writer.TryWrite(e);
        }
    }

    public void Complete() => _events.Writer.TryComplete();

    public void Dispose()
    {
        Complete();
        OnDispose?.Invoke(this);
    }
}
