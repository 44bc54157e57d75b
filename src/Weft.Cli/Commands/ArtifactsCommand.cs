using System.CommandLine;
using Weft.Cli.Output;
using Weft.Storage;

namespace Weft.Cli.Commands;

/// <summary><c>artifacts show &lt;artifact&gt; [--output file]</c>: one stored artifact, checked against its hash.</summary>
internal static class ArtifactsCommand
{
    public static Command Create(CommandLineContext context, SharedOptions shared)
    {
        var artifactId = new Argument<string>("artifact") { Description = "The artifact's id (sha256:…), or a prefix only it has." };
        var file = new Option<string?>("--output", "-o") { Description = "Also write the artifact's bytes, as stored, to this file.", HelpName = "file" };
        var show = new Command("show", "Show an artifact: its type, producer and value.") { artifactId, file };
        CommandAction.Set(show, context, (parse, cancellationToken) => ShowAsync(context, parse.GetValue(shared.Store), parse.GetValue(artifactId)!, parse.GetValue(file), cancellationToken));
        return new Command("artifacts", "Inspect stored artifacts.") { show };
    }

    private static async Task<int> ShowAsync(CommandLineContext context, string? storeOption, string artifactId, string? file, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.OpenExisting(storeOption, $"artifact '{artifactId}'");
        var artifact = StoreAccess.Read(() => store.FindArtifact(artifactId))
            ?? throw CommandLineException.NotFound($"No artifact '{artifactId}' in the store at {store.Path}. Artifact ids are listed by 'runs show <run>'.");
        var bytes = StoreAccess.Read(() => store.ReadArtifactBytes(artifact.Id));
        // The file first: a file that cannot be written is then the one thing said.
        if (file is not null)
        {
            await OutputFile.WriteAsync(file, bytes, cancellationToken).ConfigureAwait(false);
        }

        ArtifactView.Write(context.Output, artifact, bytes, saving: file is not null);
        if (file is not null)
        {
            context.Output.WriteLine($"Wrote {bytes.Length} bytes to {Path.GetFullPath(file)}.");
        }

        return ExitCodes.Success;
    }
}
