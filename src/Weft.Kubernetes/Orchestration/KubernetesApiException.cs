namespace Weft.Kubernetes;

/// <summary>
/// The Kubernetes API could not do what a run needed: the cluster is unreachable, there is no configuration for it, or a
/// request kept failing. The message is one line naming the cause and what to do.
/// </summary>
public sealed class KubernetesApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KubernetesApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public KubernetesApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public KubernetesApiException()
    {
    }

    /// <summary>The HTTP status of the last answer, if the server answered.</summary>
    public int? StatusCode { get; init; }
}
