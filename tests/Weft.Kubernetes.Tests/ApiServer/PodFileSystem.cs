namespace Weft.Kubernetes.Tests.ApiServer;

/// <summary>
/// What a pod's container sees of the files, as near as a host process can come: a working directory of its own (empty),
/// and each volume at a path of its own (<c>&lt;pod&gt;/root/weft/store</c>, a link to the claim's folder) rather than at
/// the orchestrator's path of the same folder. A step that reads a path only the orchestrator knows (a relative path, the
/// orchestrator's store path) fails here as it would in a real pod; what a pod must not see at all, a test removes when
/// the pod starts (<see cref="TestApiServer.PodRunning"/>).
/// </summary>
internal sealed class PodFileSystem : IDisposable
{
    private readonly List<string> _links = [];

    private PodFileSystem(string root)
    {
        Root = root;
        WorkingDirectory = Path.Combine(root, "work");
        Directory.CreateDirectory(WorkingDirectory);
    }

    /// <summary>The pod's folder on the host.</summary>
    public string Root { get; }

    /// <summary>The container's working directory.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Mount path in the pod spec → the path the container process sees it at.</summary>
    public Dictionary<string, string> Mounts { get; } = new(StringComparer.Ordinal);

    /// <summary>Lays out a pod's view under <paramref name="podsRoot"/>: its working directory, and a link per volume to its host folder.</summary>
    public static PodFileSystem Create(string podsRoot, string pod, IReadOnlyDictionary<string, string> volumes)
    {
        var view = new PodFileSystem(Path.Combine(podsRoot, pod));
        foreach (var (mountPath, hostFolder) in volumes)
        {
            var seen = Path.Combine(view.Root, "root", mountPath.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(seen)!);
            Directory.CreateSymbolicLink(seen, hostFolder);
            view._links.Add(seen);
            view.Mounts[mountPath] = seen;
        }

        return view;
    }

    public void Dispose()
    {
        try
        {
            // The links first, so that deleting the pod's folder never reaches into a claim's.
            foreach (var link in _links)
            {
                File.Delete(link);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover pod folder in the temp directory does not matter.
        }
    }
}
