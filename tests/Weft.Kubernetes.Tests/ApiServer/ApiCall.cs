namespace Weft.Kubernetes.Tests.ApiServer;

/// <summary>One request the test server received, with the status it answered (0 while a watch is still streaming).</summary>
public sealed record ApiCall(string Method, string Path, string Query, bool Watch)
{
    public int StatusCode { get; set; }

    /// <summary>Watch events written on this request.</summary>
    public int EventsSent { get; set; }

    /// <summary>The request's verb in Kubernetes terms: <c>create</c>, <c>get</c>, <c>list</c>, <c>watch</c>, <c>delete</c>, <c>deletecollection</c>, <c>log</c>.</summary>
    public string Verb { get; init; } = "";

    /// <summary>The resource, plural (<c>jobs</c>, <c>pods</c>, <c>configmaps</c>).</summary>
    public string Resource { get; init; } = "";

    public override string ToString() => $"{Method} {Path}{Query} -> {StatusCode}";
}
