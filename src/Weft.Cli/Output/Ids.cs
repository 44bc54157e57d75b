namespace Weft.Cli.Output;

/// <summary>Artifact ids shortened for tables (<c>sha256:3f2a9c1b7d04</c>); every command accepts such a prefix back.</summary>
internal static class Ids
{
    private const string Prefix = "sha256:";
    private const int ShownDigits = 12;

    public static string Short(string artifactId)
        => artifactId.StartsWith(Prefix, StringComparison.Ordinal) && artifactId.Length > Prefix.Length + ShownDigits
            ? artifactId[..(Prefix.Length + ShownDigits)]
            : artifactId;
}
