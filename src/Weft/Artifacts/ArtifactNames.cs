namespace Weft;

/// <summary>Checks the names of <see cref="ArtifactFile"/>s and <see cref="ArtifactDirectory"/>s.</summary>
internal static class ArtifactNames
{
    // A name must mean the same file on every machine a stored artifact is read on, so the rules are the strictest of them.
    private static readonly char[] s_forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|', '\0'];

    public static void Validate(string name, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, parameter);
        if (name is "." or ".." || name.IndexOfAny(s_forbidden) >= 0 || name.Any(char.IsControl) || name.Length > 255)
        {
            throw new ArgumentException(
                $"'{name}' is not a valid artifact name: give one file or folder name (such as \"model.zip\"), without directory separators or any of : * ? \" < > |.",
                parameter);
        }
    }

    public static bool IsValid(string name)
    {
        try
        {
            Validate(name, nameof(name));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
