using Weft.Cli.Tests.Infrastructure;

namespace Weft.Cli.Tests;

/// <summary>A <c>DataFile</c> parameter given as a URI of a scheme Weft does not read: one plain sentence.</summary>
public sealed class DataFileParameterTests
{
    [Fact]
    public async Task AnHttpUri_IsRefused_SayingWhatIsExpected_WithoutTheArgumentName()
        => Assert.Equal(
            "Parameter 'input' (DataFile) of pipeline 'WordCount': 'https://example.com/words.txt' is not a valid DataFile: expected a local path or a file:// URI.",
            await Shell.FailsAsync(ExitCodes.UsageError, "run", "WordCount", "-p", "input=https://example.com/words.txt"));
}
