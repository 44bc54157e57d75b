using static Weft.Analyzers.Tests.AnalyzerRun;

namespace Weft.Analyzers.Tests;

public sealed class ProcessLaunchTests
{
    [Theory]
    [InlineData("Process.Start(\"git\", \"rev-parse HEAD\")")]
    [InlineData("Process.Start(new ProcessStartInfo(\"python\", \"train.py\") { RedirectStandardOutput = true })")]
    public Task StaticStart_IsReported(string start) => VerifyAsync($$"""
        using System.Diagnostics;
        using Weft;

        public static class Steps
        {
            [Step] public static int Train(int x) => x + {|#0:{{start}}|}!.Id;
        }
        """,
        Expect(DiagnosticDescriptors.ProcessLaunch, 0, "Train", "", "Process.Start()"));

    [Fact]
    public Task InstanceStartInAHelper_IsReportedAtTheStepsCall() => VerifyAsync("""
        using System.Diagnostics;
        using Weft;

        public static class Tools
        {
            public static string Run(string program)
            {
                var info = new ProcessStartInfo(program) { RedirectStandardOutput = true };
                using var process = new Process { StartInfo = info };
                process.Start();
                return process.StandardOutput.ReadToEnd();
            }
        }

        public static class Steps
        {
            [Step] public static string Version(int x) => x + {|#0:Tools.Run("python")|};
        }
        """,
        Expect(DiagnosticDescriptors.ProcessLaunch, 0, "Version", "calls Tools.Run(), which ", "Process.Start()"));

    [Fact]
    public Task StartInfoThatIsNeverStarted_AndProcessQueries_AreNotReported() => VerifyAsync("""
        using System.Diagnostics;
        using Weft;

        public static class Steps
        {
            [Step] public static string Describe(string program)
            {
                var info = new ProcessStartInfo(program, "--version");
                return info.FileName + info.Arguments;
            }
        }
        """);

    [Fact]
    public Task LaunchNoStepReaches_IsNotReported() => VerifyAsync("""
        using System.Diagnostics;
        using Weft;

        public static class Program
        {
            public static void OpenReport() => Process.Start("xdg-open", "report.html");

            [Step] public static int Double(int x) => x * 2;
        }
        """);
}
