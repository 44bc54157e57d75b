using System.IO.Compression;

namespace HousePrices;

/// <summary>
/// Rewrites a zip archive with every entry stamped with one fixed time. ML.NET stamps model entries with the wall
/// clock, so two saves of the same model would differ byte for byte and get different content-addressed artifact ids.
/// </summary>
public static class DeterministicZip
{
    /// <summary>The time every rewritten entry carries.</summary>
    public static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Copies the archive in <paramref name="source"/> to <paramref name="destination"/>, entries in their original order.</summary>
    public static async Task CopyAsync(Stream source, Stream destination, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        await using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        await using var output = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries)
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            await using var from = await entry.OpenAsync(ct);
            await using var to = await copy.OpenAsync(ct);
            await from.CopyToAsync(to, ct);
        }
    }
}
