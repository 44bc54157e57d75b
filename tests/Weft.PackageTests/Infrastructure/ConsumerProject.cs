using System.Security;

namespace Weft.PackageTests.Infrastructure;

/// <summary>
/// A fresh console project in a temporary folder, as <c>dotnet new console</c> makes it, whose NuGet.config adds the
/// test feed to the machine's own sources (it names no other source and clears none).
/// </summary>
internal sealed class ConsumerProject
{
    private const string ProjectFileText = """
        <Project Sdk="Microsoft.NET.Sdk">

          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
          </PropertyGroup>

        </Project>
        """;

    private ConsumerProject(string directory, string name)
    {
        Directory = directory;
        Name = name;
    }

    public string Directory { get; }

    public string Name { get; }

    public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

    /// <summary>Creates the project and copies the sources of <c>Consumers/&lt;name&gt;</c> into it.</summary>
    public static ConsumerProject Create(PackageFeed feed, string name)
    {
        var project = new ConsumerProject(feed.NewProjectDirectory(name), name);
        File.WriteAllText(project.ProjectFile, ProjectFileText);
        File.WriteAllText(Path.Combine(project.Directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="weft-local" value="{SecurityElement.Escape(feed.FeedDirectory)}" />
              </packageSources>
            </configuration>
            """);

        var sources = RepositoryPaths.ConsumerSources(name);
        foreach (var file in System.IO.Directory.EnumerateFiles(sources, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(project.Directory, Path.GetRelativePath(sources, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return project;
    }

    /// <summary>The C# files of the project, with full paths as the compiler reports them.</summary>
    public IReadOnlyList<string> SourceFiles => System.IO.Directory
        .EnumerateFiles(Directory, "*.cs", SearchOption.AllDirectories)
        .Where(f => !IsUnder(f, "obj") && !IsUnder(f, "bin"))
        .Order(StringComparer.Ordinal)
        .ToList();

    public Task<ProcessResult> DotnetAsync(TimeSpan timeout, params string[] arguments)
        => DotnetCommand.RunAsync(Directory, timeout, arguments);

    private bool IsUnder(string file, string folder)
        => Path.GetRelativePath(Directory, file).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
