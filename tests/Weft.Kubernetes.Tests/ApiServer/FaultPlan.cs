using k8s.Models;

namespace Weft.Kubernetes.Tests.ApiServer;

/// <summary>
/// Faults the test server injects: error answers for chosen requests, watch streams cut in the middle of an event, pods
/// killed for memory, and slow answers. Thread-safe; each knob is consumed as requests arrive.
/// </summary>
public sealed class FaultPlan
{
    private readonly object _gate = new();
    private readonly List<ErrorRule> _errors = [];
    private readonly List<CutRule> _cuts = [];
    private readonly List<OomRule> _ooms = [];

    /// <summary>A delay before every answer (and before each watch event).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>
    /// Answers the next <paramref name="count"/> requests that match with <paramref name="statusCode"/> (a Kubernetes Status
    /// body; for 429 also <c>Retry-After</c> and <c>details.retryAfterSeconds</c>). A 409 is answered as <c>AlreadyExists</c>
    /// after the request has been carried out, as when an earlier attempt of the same create reached the server.
    /// </summary>
    public void FailRequests(int count, int statusCode, Func<ApiCall, bool>? match = null, int retryAfterSeconds = 1)
    {
        lock (_gate)
        {
            _errors.Add(new ErrorRule(match ?? (_ => true), statusCode, retryAfterSeconds) { Remaining = count });
        }
    }

    /// <summary>
    /// Cuts the next watch of <paramref name="resource"/> (<c>jobs</c> or <c>pods</c>) in the middle of its
    /// <paramref name="atEvent"/>-th event (1-based): half the line is written, then the connection is dropped. With
    /// <paramref name="expireHistory"/> the history before the cut is compacted too, so that resuming from the last seen
    /// resourceVersion is answered with 410 Gone and the client must list again.
    /// </summary>
    public void CutWatch(string resource, int atEvent, bool expireHistory = false)
    {
        lock (_gate)
        {
            _cuts.Add(new CutRule(resource, atEvent, expireHistory));
        }
    }

    /// <summary>Makes the next <paramref name="times"/> pods of Jobs that match die as the kernel's OOM killer leaves them (reason OOMKilled, exit 137).</summary>
    public void OomKill(Func<V1Job, bool> match, int times = 1)
    {
        lock (_gate)
        {
            _ooms.Add(new OomRule(match) { Remaining = times });
        }
    }

    internal (int StatusCode, int RetryAfterSeconds)? TakeError(ApiCall call)
    {
        lock (_gate)
        {
            foreach (var rule in _errors)
            {
                if (rule.Remaining > 0 && rule.Match(call))
                {
                    rule.Remaining--;
                    return (rule.StatusCode, rule.RetryAfterSeconds);
                }
            }

            return null;
        }
    }

    internal (int AtEvent, bool ExpireHistory)? TakeCut(string resource)
    {
        lock (_gate)
        {
            var index = _cuts.FindIndex(c => c.Resource == resource);
            if (index < 0)
            {
                return null;
            }

            var cut = _cuts[index];
            _cuts.RemoveAt(index);
            return (cut.AtEvent, cut.ExpireHistory);
        }
    }

    internal bool TakeOom(V1Job job)
    {
        lock (_gate)
        {
            foreach (var rule in _ooms)
            {
                if (rule.Remaining > 0 && rule.Match(job))
                {
                    rule.Remaining--;
                    return true;
                }
            }

            return false;
        }
    }

    private sealed record ErrorRule(Func<ApiCall, bool> Match, int StatusCode, int RetryAfterSeconds)
    {
        public int Remaining { get; set; }
    }

    private sealed record CutRule(string Resource, int AtEvent, bool ExpireHistory);

    private sealed record OomRule(Func<V1Job, bool> Match)
    {
        public int Remaining { get; set; }
    }
}
