using static Weft.Analyzers.Tests.AnalyzerRun;

namespace Weft.Analyzers.Tests;

public sealed class FileSystemReadTests
{
    [Theory]
    [InlineData("File.ReadAllText(\"data/houses.csv\")", "File.ReadAllText()")]
    [InlineData("File.ReadAllLines(\"data/houses.csv\")", "File.ReadAllLines()")]
    [InlineData("File.ReadAllBytes(\"data/houses.csv\")", "File.ReadAllBytes()")]
    [InlineData("File.ReadLines(\"data/houses.csv\")", "File.ReadLines()")]
    [InlineData("File.ReadAllTextAsync(\"data/houses.csv\")", "File.ReadAllTextAsync()")]
    [InlineData("File.OpenRead(\"data/houses.csv\")", "File.OpenRead()")]
    [InlineData("File.OpenText(\"data/houses.csv\")", "File.OpenText()")]
    [InlineData("File.Open(\"data/houses.csv\", FileMode.Open)", "File.Open()")]
    [InlineData("File.Open(\"data/houses.csv\", FileMode.OpenOrCreate, FileAccess.Read)", "File.Open()")]
    [InlineData("new FileStream(\"data/houses.csv\", FileMode.Open)", "new FileStream()")]
    [InlineData("new StreamReader(\"data/houses.csv\")", "new StreamReader()")]
    [InlineData("Directory.EnumerateFiles(\"data\")", "Directory.EnumerateFiles()")]
    [InlineData("Directory.GetFiles(\"data\", \"*.csv\")", "Directory.GetFiles()")]
    [InlineData("Directory.GetDirectories(\"data\")", "Directory.GetDirectories()")]
    [InlineData("new FileInfo(\"data/houses.csv\").OpenRead()", "FileInfo.OpenRead()")]
    [InlineData("new DirectoryInfo(\"data\").GetFiles()", "DirectoryInfo.GetFiles()")]
    public Task ReadOfAPathThatIsNotAnInput_IsReportedAtTheRead(string read, string culprit) => VerifyAsync($$"""
        using System.IO;
        using Weft;

        public static class Steps
        {
            [Step] public static string Load(int x) => x + " " + {|#0:{{read}}|};
        }
        """,
        Expect(DiagnosticDescriptors.FileSystemRead, 0, "Load", "", culprit));

    [Fact]
    public Task ReadsOfPathsThatComeFromADataFile_AreNotReported() => VerifyAsync("""
        using System.IO;
        using System.Linq;
        using Weft;

        public static class Steps
        {
            [Step] public static int Load(DataFile houses, DataFile[] extra)
            {
                var text = File.ReadAllText(houses.Path);
                var folder = Path.GetDirectoryName(houses.FullPath)!;
                var labels = Path.Combine(folder, "labels", "prices.csv");
                string sidecar;
                sidecar = Path.Join(folder, "notes.txt");
                using var reader = new StreamReader(labels);
                using var stream = new FileStream(houses.Path, FileMode.Open, FileAccess.Read);
                var size = new FileInfo(houses.Path).OpenRead().Length + new DirectoryInfo(folder).GetFiles().Length;
                foreach (var file in Directory.EnumerateFiles(folder, "*.csv"))
                {
                    size += File.ReadAllBytes(file).Length;
                }

                foreach (var more in extra)
                {
                    size += File.ReadLines(more.Path).Count();
                }

                return text.Length + reader.ReadToEnd().Length + File.ReadAllText(sidecar).Length + (int)size + File.ReadAllText(extra[0].Path).Length;
            }
        }
        """);

    [Fact]
    public Task LambdasOverInputs_AndLongCombinedPaths_AreNotReported() => VerifyAsync("""
        using System.IO;
        using System.Linq;
        using Weft;

        public static class Steps
        {
            [Step] public static int Load(DataFile[] parts, DataFile root) =>
                parts.Sum(part => File.ReadAllText(part.Path).Length)
                + File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(root.Path)!, "a", "b", "c", "d.bin")).Length;
        }
        """);

    [Fact]
    public Task PathsTheAnalyzerCannotFollow_AreReported() => VerifyAsync("""
        using System.IO;
        using System.Linq;
        using Weft;

        public static class Steps
        {
            static readonly string s_config = "config.json";

            [Step] public static int Load(DataFile houses, string[] names)
            {
                Resolve(houses, out var resolved);
                return names.Sum(name => {|#0:File.ReadAllText(name)|}.Length)
                    + {|#1:File.ReadAllText(houses.Path + ".meta")|}.Length
                    + {|#2:File.ReadAllText(s_config)|}.Length
                    + {|#3:File.ReadAllText(resolved)|}.Length;
            }

            static void Resolve(DataFile file, out string path) => path = file.Path;
        }
        """,
        Expect(DiagnosticDescriptors.FileSystemRead, 0, "Load", "", "File.ReadAllText()"),
        Expect(DiagnosticDescriptors.FileSystemRead, 1, "Load", "", "File.ReadAllText()"),
        Expect(DiagnosticDescriptors.FileSystemRead, 2, "Load", "", "File.ReadAllText()"),
        Expect(DiagnosticDescriptors.FileSystemRead, 3, "Load", "", "File.ReadAllText()"));

    [Fact]
    public Task StringParameterOfAStep_IsNotAnInput() => VerifyAsync("""
        using System.IO;
        using Weft;

        public static class Steps
        {
            [Step] public static string Load(string path) => {|#0:File.ReadAllText(path)|};
        }
        """,
        Expect(DiagnosticDescriptors.FileSystemRead, 0, "Load", "", "File.ReadAllText()"));

    [Fact]
    public Task LocalThatMayHoldAnotherPath_IsReported() => VerifyAsync("""
        using System.IO;
        using Weft;

        public static class Steps
        {
            [Step] public static string Load(DataFile houses, bool sample)
            {
                var path = houses.Path;
                if (sample)
                {
                    path = "data/sample.csv";
                }

                return {|#0:File.ReadAllText(path)|} + {|#1:File.ReadAllText(DataFile.From("data/other.csv").Path)|};
            }
        }
        """,
        Expect(DiagnosticDescriptors.FileSystemRead, 0, "Load", "", "File.ReadAllText()"),
        Expect(DiagnosticDescriptors.FileSystemRead, 1, "Load", "", "File.ReadAllText()"));

    [Fact]
    public Task HelperGivenAnInputPath_IsNotReported_ThroughSeveralCalls() => VerifyAsync("""
        using System.IO;
        using System.Linq;
        using Weft;

        public sealed record HouseTable(string[] Rows)
        {
            public static HouseTable ReadCsv(string path) => new(Lines(path).Skip(1).ToArray());

            static string[] Lines(string file) => File.ReadAllLines(file);
        }

        public static class Steps
        {
            [Step] public static HouseTable Load(DataFile file) => HouseTable.ReadCsv(file.Path);

            [Step] public static int Count(DataFile file) => Open(file).ReadToEnd().Length;

            static StreamReader Open(DataFile data) => new(data.Path);
        }
        """);

    [Fact]
    public Task HelperGivenAnotherPath_IsReportedAtTheStepsCall() => VerifyAsync("""
        using System.IO;
        using Weft;

        public static class Csv
        {
            public static string[] Read(string path) => File.ReadAllLines(path);
        }

        public static class Steps
        {
            [Step] public static int Load(DataFile file) => Csv.Read(file.Path).Length + {|#0:Csv.Read("data/extra.csv")|}.Length;

            [Step] public static int Other(DataFile file) => Csv.Read(file.Path).Length;

            [Step] public static int Settings(int x) => x + {|#1:Defaults()|}.Length;

            static string[] Defaults() => Csv.Read("settings.csv");
        }
        """,
        Expect(DiagnosticDescriptors.FileSystemRead, 0, "Load", "calls Csv.Read(), which ", "File.ReadAllLines()"),
        Expect(DiagnosticDescriptors.FileSystemRead, 1, "Settings", "calls Defaults(), which calls Csv.Read(), which ", "File.ReadAllLines()"));

    [Fact]
    public Task WritesAndExistenceChecks_AreNotReported() => VerifyAsync("""
        using System.IO;
        using Weft;

        public static class Steps
        {
            [Step] public static bool Save(string text)
            {
                Directory.CreateDirectory("out");
                File.WriteAllText("out/report.txt", text);
                using (var created = File.Open("out/a.bin", FileMode.Create)) { }
                using (var appended = new FileStream("out/b.bin", FileMode.Append, FileAccess.Write)) { }
                using (var written = File.Open("out/c.bin", FileMode.OpenOrCreate, FileAccess.Write)) { }
                return File.Exists("out/report.txt");
            }
        }
        """);

    [Fact]
    public Task ReadsBackOfATemporaryFileTheStepMade_AreNotReported() => VerifyAsync("""
        using System.IO;
        using Weft;

        public static class Steps
        {
            [Step] public static byte[] Export(string text)
            {
                var path = Path.GetTempFileName();
                File.WriteAllText(path, text);
                var folder = Directory.CreateTempSubdirectory("model");
                var model = Path.Combine(folder.FullName, "model.zip");
                File.WriteAllText(model, text);
                return [.. File.ReadAllBytes(path), .. File.ReadAllBytes(model)];
            }
        }
        """);

    [Fact]
    public Task ReadOfAFileInTheSharedTempFolder_IsReported() => VerifyAsync("""
        using System.IO;
        using Weft;

        public static class Steps
        {
            [Step] public static string Read(string name) => {|#0:File.ReadAllText(Path.Combine(Path.GetTempPath(), name))|};
        }
        """,
        Expect(DiagnosticDescriptors.FileSystemRead, 0, "Read", "", "File.ReadAllText()"));

    [Fact]
    public Task ReadsNoStepReaches_AreNotReported() => VerifyAsync("""
        using System.IO;
        using Weft;

        public static class Program
        {
            public static string Config() => File.ReadAllText("appsettings.json");

            [Step] public static int Double(int x) => x * 2;
        }
        """);
}
