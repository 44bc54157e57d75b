namespace ColdStartHarness;

/// <summary>What a published folder weighs: everything, and what an image needs (no debug symbols or XML docs).</summary>
internal sealed record FolderSize(long TotalBytes, long PayloadBytes, int PayloadFiles)
{
    private static readonly string[] s_notShipped = [".dbg", ".pdb", ".xml"];

    public static FolderSize Of(string directory)
    {
        long total = 0, payload = 0;
        var files = 0;
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            total += file.Length;
            if (!s_notShipped.Contains(file.Extension, StringComparer.OrdinalIgnoreCase))
            {
                payload += file.Length;
                files++;
            }
        }

        return new FolderSize(total, payload, files);
    }
}
