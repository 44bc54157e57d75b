using System.Text;

namespace Weft;

/// <summary>Fresh scratch folders for <see cref="ArtifactFile.Create"/> and <see cref="ArtifactDirectory.Create"/>.</summary>
internal static class ArtifactScratch
{
    /// <summary>
    /// A new, empty folder under the temporary folder, named after the run and the step (so a leftover one says whose it is).
    /// It is not removed when the step ends: in process, the value a step returns is handed to the next step as it is.
    /// </summary>
    public static string NewFolder() => Directory.CreateTempSubdirectory($"weft-{Safe(Step.RunId)}-{Safe(Step.Name)}-").FullName;

    private static string Safe(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, 40));
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 40)))
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' ? c : '_');
        }

        return builder.ToString();
    }
}
