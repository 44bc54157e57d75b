namespace Weft.Kubernetes.Tests.ApiServer;

/// <summary>One change in the cluster's history, as a watch replays it: the object as it was right after the change.</summary>
internal sealed record StoredEvent(long ResourceVersion, string Type, ObjectKey Key, IReadOnlyDictionary<string, string> Labels, string ObjectJson)
{
    /// <summary>The line a watch stream carries for this event.</summary>
    public string Line => $$"""{"type":"{{Type}}","object":{{ObjectJson}}}""";
}
