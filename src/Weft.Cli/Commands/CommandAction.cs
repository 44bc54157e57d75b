using System.CommandLine;

namespace Weft.Cli.Commands;

/// <summary>
/// Gives a command its action, behind the one rule every command keeps: a failure is one line on standard error and an
/// exit code, never a stack trace.
/// </summary>
internal static class CommandAction
{
    public static void Set(Command command, CommandLineContext context, Func<ParseResult, CancellationToken, Task<int>> action)
        => command.SetAction(async (parseResult, cancellationToken) =>
        {
            using (context.ActionScope())
            {
                return await InvokeAsync(context, () => action(parseResult, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
        });

    public static async Task<int> InvokeAsync(CommandLineContext context, Func<Task<int>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (CommandLineException ex)
        {
            context.WriteError(ex.Message);
            return ex.ExitCode;
        }
        catch (Weft.Storage.StoreException ex)
        {
            // Whichever command met it, a store that cannot be read or written is the store's problem, named in one line.
            context.WriteError(ex.Message);
            return ExitCodes.StoreError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.WriteError("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            // Whatever escaped is a bug; the user still gets one line saying what it was, not a trace.
            context.WriteError($"Unexpected {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.InternalError;
        }
    }
}
