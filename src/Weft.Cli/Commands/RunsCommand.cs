using System.CommandLine;
using System.Globalization;
using Weft.Cli.Output;
using Weft.Storage;

namespace Weft.Cli.Commands;

/// <summary><c>runs [list]</c> and <c>runs show &lt;run&gt;</c>: the runs a store recorded.</summary>
internal static class RunsCommand
{
    private const int DefaultLimit = 20;

    public static Command Create(CommandLineContext context, SharedOptions shared)
    {
        var pipeline = new Option<string?>("--pipeline") { Description = "Only runs of this pipeline.", HelpName = "name" };
        var status = new Option<RunStatus?>("--status")
        {
            Description = "Only runs with this status: running, succeeded, failed or cancelled.",
            HelpName = "status",
            CustomParser = ParseStatus,
        };
        var limit = new Option<int?>("--limit")
        {
            Description = $"At most this many runs, newest first (default {DefaultLimit}).",
            HelpName = "N",
            CustomParser = ParseLimit,
        };

        var list = new Command("list", "List runs, newest first.") { pipeline, status, limit };
        Func<ParseResult, CancellationToken, Task<int>> listAction = (parse, _) => Task.FromResult(List(context,
            parse.GetValue(shared.Store), new RunQuery { Pipeline = parse.GetValue(pipeline), Status = parse.GetValue(status), Limit = parse.GetValue(limit) ?? DefaultLimit }));
        CommandAction.Set(list, context, listAction);

        var runId = new Argument<string>("run") { Description = "The run's id, or a prefix only it has." };
        var show = new Command("show", "Show a run: parameters, steps, outputs and metrics.") { runId };
        CommandAction.Set(show, context, (parse, _) => Task.FromResult(Show(context, parse.GetValue(shared.Store), parse.GetValue(runId)!)));

        // `runs` alone lists, as `runs list` does with its defaults.
        var runs = new Command("runs", "List the runs in the store, or show one.") { list, show };
        CommandAction.Set(runs, context, (parse, _) => Task.FromResult(List(context, parse.GetValue(shared.Store), new RunQuery { Limit = 20 })));
        return runs;
    }

    private static int List(CommandLineContext context, string? storeOption, RunQuery query)
    {
        using var store = StoreAccess.TryOpen(storeOption);
        if (store is null)
        {
            context.Output.WriteLine($"No runs: there is no store at {StoreAccess.DescribePath(storeOption)} yet.");
            return ExitCodes.Success;
        }

        var runs = StoreAccess.Read(() => store.ListRuns(query));
        if (runs.Count == 0)
        {
            context.Output.WriteLine($"No runs in the store at {store.Path}{(query.Pipeline is null && query.Status is null ? "" : " match")}.");
            return ExitCodes.Success;
        }

        var rows = new List<string[]> { new[] { "RUN", "PIPELINE", "STATUS", "STARTED", "DURATION", "ERROR" } };
        rows.AddRange(runs.Select(r => new[] { r.RunId, r.Pipeline, Texts.Status(r), Texts.Time(r.StartedAt), Texts.Duration(r), Shorten(r.Error) }));
        Columns.Write(context.Output, rows);
        context.Output.Flush();
        return ExitCodes.Success;
    }

    private static int Show(CommandLineContext context, string? storeOption, string runId)
    {
        using var store = StoreAccess.OpenExisting(storeOption, $"run '{runId}'");
        var details = StoreAccess.Read(() => store.GetRun(runId))
            ?? throw CommandLineException.NotFound($"No run '{runId}' in the store at {store.Path}. List runs with 'runs list'.");
        RunDetailsView.Write(context.Output, details, store.Path);
        return ExitCodes.Success;
    }

    private static string Shorten(string? error)
    {
        var text = OneLine.Of(error);
        return text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 79), "…");
    }

    private static RunStatus? ParseStatus(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (Enum.TryParse<RunStatus>(text, ignoreCase: true, out var status) && Enum.IsDefined(status) && !text.Any(char.IsDigit))
        {
            return status;
        }

        result.AddError($"--status '{text}' is not a run status: use running, succeeded, failed or cancelled.");
        return null;
    }

    private static int? ParseLimit(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit > 0)
        {
            return limit;
        }

        result.AddError($"--limit '{text}' is not a positive whole number.");
        return 0;
    }
}
