namespace Weft.PackageTests.Infrastructure;

/// <summary>The NativeAot consumer after <c>dotnet publish</c> with <c>PublishAot=true</c>: what publish said and where the binary is.</summary>
internal sealed record PublishedNativeApp(ConsumerProject Project, ProcessResult Publish, string OutputDirectory)
{
    /// <summary>The native executable (the project's name, no extension on Linux and macOS).</summary>
    public string Executable => Path.Combine(OutputDirectory, OperatingSystem.IsWindows() ? Project.Name + ".exe" : Project.Name);

    /// <summary>Runs the native executable in the project folder, as a user runs a published app.</summary>
    public Task<ProcessResult> RunAsync(TimeSpan timeout, params string[] arguments)
        => DotnetCommand.RunProgramAsync(Executable, "./" + Project.Name, Project.Directory, timeout, arguments);
}
