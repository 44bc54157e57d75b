namespace Weft.Cli;

/// <summary>A file a command writes for the user (<c>--output</c>): whole or not at all, never half-written under its name.</summary>
internal static class OutputFile
{
    /// <summary>Writes <paramref name="bytes"/> to a temporary name beside <paramref name="path"/>, then renames it over it.</summary>
    /// <exception cref="CommandLineException">The file cannot be written (a usage error naming it and the cause).</exception>
    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        string? temporary = null;
        try
        {
            var full = Path.GetFullPath(path);
            temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CommandLineException.Usage($"Cannot write --output '{path}': {ex.Message}");
        }
        finally
        {
            // Gone once renamed; and File.Delete throws for a folder that does not exist.
            if (temporary is not null && File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
