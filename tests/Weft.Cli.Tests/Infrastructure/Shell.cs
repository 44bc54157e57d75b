namespace Weft.Cli.Tests.Infrastructure;

/// <summary>Runs <see cref="WeftCommandLine.RunAsync(string[])"/> as the generated entrypoint does, with Console.Out and Console.Error captured.</summary>
public static class Shell
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        var originalOut = Console.Out;
        var originalError = Console.Error;
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        Console.SetOut(output);
        Console.SetError(error);
        int exitCode;
        try
        {
            exitCode = await WeftCommandLine.RunAsync(args);
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }

        var result = new CliResult(exitCode, output.ToString(), error.ToString());
        AssertNoStackTrace(result);
        return result;
    }

    /// <summary>Runs a command that must fail with <paramref name="exitCode"/> and one error line; returns that line.</summary>
    public static async Task<string> FailsAsync(int exitCode, params string[] args)
    {
        var result = await RunAsync(args);
        Assert.True(result.ExitCode == exitCode, $"expected exit {exitCode}\n{result}");
        return result.SingleError();
    }

    /// <summary>No invocation, whatever it does, may print a stack trace or an exception dump.</summary>
    public static void AssertNoStackTrace(CliResult result)
    {
        foreach (var text in new[] { result.Output, result.Error })
        {
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("--- End of", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", text, StringComparison.Ordinal);
        }
    }
}
