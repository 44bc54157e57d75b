namespace Weft.Kubernetes.Tests.ApiServer;

/// <summary>
/// What an image's ENTRYPOINT is on this machine: a container of that image runs <see cref="FileName"/> with
/// <see cref="Arguments"/> followed by the container's <c>args</c> (as a container runtime appends args to the entrypoint).
/// </summary>
public sealed record HostEntrypoint(string FileName, IReadOnlyList<string> Arguments);
