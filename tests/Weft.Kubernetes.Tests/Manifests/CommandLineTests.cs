using Weft.Kubernetes.Tests.Manifests.Apply;
using Weft.Kubernetes.Tests.Manifests.Infrastructure;

namespace Weft.Kubernetes.Tests.Manifests;

/// <summary>
/// <c>k8s render|apply</c> as users run them: from a program whose generated Main registered Weft.Kubernetes (the test
/// app, and samples/HousePrices), with one-line errors and exit codes.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("weft-k8s-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Render_PrintsTheSameYamlAsTheApprovedSnapshot()
    {
        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "k8s", "render", "Report", "--run", Renders.RunId, "--namespace", "ml", "--target", "argo");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        ApprovedFile.Verify(result.Output, "report-argo");
    }

    [Fact]
    public async Task Render_ToAFolder_WritesOneFilePerObjectInApplyOrder()
    {
        var output = Path.Combine(_directory, "out");
        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, null,
            "k8s", "render", "Nightly", "--driver", "--image", Renders.Image, "--run", Renders.RunId, "--output", output, "--store-claim", "shared");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            ["01-serviceaccount-weft-nightly.yaml", "02-role-weft-nightly.yaml", "03-rolebinding-weft-nightly.yaml", "04-configmap-weft-nightly-parameters.yaml", "05-cronjob-weft-nightly.yaml"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(Directory.GetFiles(output).Order(StringComparer.Ordinal).Select(p => p + "\n"), result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l + "\n"));
    }

    [Fact]
    public async Task Templates_FromTheUsersFolder_ReplaceBuiltInOnesByName()
    {
        var templates = Path.Combine(_directory, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "parameters.yaml.sbn"), """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{ q run.parameters_name }}
              namespace: {{ q run.namespace }}
            data:
              team: "forecasting"
            """);

        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "k8s", "render", "Report", "--run", Renders.RunId, "--templates", templates);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("data:\n  team: \"forecasting\"\n---\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("kind: Job\n", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Unknown pipeline 'Nope'. Known pipelines: Fanout, Faulty, Ingest, Nightly, Readings, Report, Slow.", "k8s", "render", "Nope")]
    [InlineData("Pipeline 'Report' has no parameter 'depth'. Parameters: title, rows, scale.", "k8s", "render", "Report", "--param", "depth=3")]
    [InlineData("--namespace 'ML' is not a Kubernetes name: use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit.", "k8s", "render", "Report", "--namespace", "ML")]
    [InlineData("--driver renders the Weft orchestrator's Job; with --target argo, Argo Workflows orchestrates the steps: use one or the other.", "k8s", "render", "Report", "--driver", "--target", "argo")]
    public async Task Mistakes_AreOneLineUsageErrors(string message, params string[] args)
    {
        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, null, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.SingleError());
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Render_ARelativeDataFilePath_IsRenderedAsGiven_WithAWarning()
    {
        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "k8s", "render", "Ingest", "--run", Renders.RunId, "--image", Renders.Image,
            "--param", "source=data/houses.csv");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            "warning: parameter 'source' is the relative path 'data/houses.csv': each pod resolves it against its own working directory (/app in .NET images), " +
            "not this one; pass the absolute path the file has in the pods, such as a file on the store's volume (/weft/store/data/houses.csv).\n",
            result.Error);
        Assert.Contains("  \"source\": \"data/houses.csv\"\n", result.Output, StringComparison.Ordinal);

        var absolute = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "k8s", "render", "Ingest", "--image", Renders.Image, "--param", "source=/weft/store/data/houses.csv");
        Assert.True(absolute.ExitCode == 0, absolute.ToString());
        Assert.Equal("", absolute.Error);
    }

    [Fact]
    public async Task RenderHelp_ShowsEachDefaultOnce()
    {
        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "k8s", "render", "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("[default:", result.Output, StringComparison.Ordinal);
        Assert.Contains("The namespace of the objects (default: the kubeconfig context's with apply, \"default\" with render).", result.Output, StringComparison.Ordinal);
        Assert.Contains("kubernetes (Jobs, default) or argo", result.Output, StringComparison.Ordinal);
        var record = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "k8s", "record", "--help");
        Assert.DoesNotContain("[default:", record.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_WithoutAnyImage_NamesTheImageTheBuildMakes_WithANote()
    {
        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "k8s", "render", "Nightly", "--run", Renders.RunId);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            "note: no image given: the manifests name 'weft.kubernetes.testapp:latest', the image 'dotnet publish -t:PublishContainer' builds " +
            "from this program; pass --image <registry/repository@sha256:…> to name the one to run.\n",
            result.Error);
        Assert.Contains("          image: \"weft.kubernetes.testapp:latest\"\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_WithoutAnImageOption_TakesWeftImage()
    {
        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, new Dictionary<string, string> { ["WEFT_IMAGE"] = Renders.Image }, "k8s", "render", "Nightly");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        Assert.Contains($"          image: \"{Renders.Image}\"\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_WithoutAnyKubeconfig_IsOneLine_ExitFive()
    {
        var home = Path.Combine(_directory, "home");
        Directory.CreateDirectory(home);

        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, new Dictionary<string, string> { ["HOME"] = home }, "k8s", "apply", "Report");

        Assert.Equal(5, result.ExitCode);
        Assert.Equal(
            $"No Kubernetes cluster is configured: there is no kubeconfig at {Path.Combine(home, ".kube", "config")} and this is not a pod in a cluster; " +
            "pass --kubeconfig <file>, set KUBECONFIG, or render the objects with 'k8s render' instead.",
            result.SingleError());
    }

    [Fact]
    public async Task Apply_WithAHomeFolderThatDoesNotExist_NamesTheFullPathItLookedAt()
    {
        // Containers often run as a user whose home folder was never created.
        var home = Path.Combine(_directory, "no-such-home");

        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, new Dictionary<string, string> { ["HOME"] = home }, "k8s", "apply", "Report");

        Assert.Equal(5, result.ExitCode);
        Assert.StartsWith($"No Kubernetes cluster is configured: there is no kubeconfig at {Path.Combine(home, ".kube", "config")} and", result.SingleError(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_ToAnUnreachableCluster_IsOneLine_ExitFive()
    {
        var port = RecordingApiServer.FreePort();
        var kubeconfig = Path.Combine(_directory, "config");
        await using (var server = new RecordingApiServer())
        {
            File.WriteAllText(kubeconfig, File.ReadAllText(server.WriteKubeconfig(kubeconfig)).Replace($":{server.Port}", $":{port}", StringComparison.Ordinal));
        }

        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, new Dictionary<string, string> { ["KUBECONFIG"] = kubeconfig }, "k8s", "apply", "Report");

        Assert.Equal(5, result.ExitCode);
        Assert.StartsWith($"Cannot reach the Kubernetes API at http://127.0.0.1:{port}/: ", result.SingleError(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_SendsTheRenderedObjects_IntoTheContextsNamespace_AndSaysWhatItDid()
    {
        await using var server = new RecordingApiServer();
        var kubeconfig = server.WriteKubeconfig(Path.Combine(_directory, "config"));
        File.WriteAllText(kubeconfig, File.ReadAllText(kubeconfig).Replace("namespace: default", "namespace: team", StringComparison.Ordinal));

        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "k8s", "apply", "Report", "--driver", "--run", Renders.RunId, "--kubeconfig", kubeconfig);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            "serviceaccount/weft-report created\nrole/weft-report created\nrolebinding/weft-report created\npersistentvolumeclaim/weft-store created\n" +
            "configmap/weft-report-20261128-120000-abcdef-parameters created\njob/weft-report-20261128-120000-abcdef created\n",
            result.Output);
        var job = server.Object("/apis/batch/v1/namespaces/team/jobs/weft-report-20261128-120000-abcdef");
        Assert.NotNull(job);
        Assert.Equal("team", job["metadata"]!["namespace"]!.GetValue<string>());
        Assert.Equal("team", server.Object("/apis/rbac.authorization.k8s.io/v1/namespaces/team/rolebindings/weft-report")!["subjects"]![0]!["namespace"]!.GetValue<string>());
    }

    [Fact]
    public async Task Apply_NamespaceOption_WinsOverTheContexts()
    {
        await using var server = new RecordingApiServer();
        var kubeconfig = server.WriteKubeconfig(Path.Combine(_directory, "config"));

        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "k8s", "apply", "Report", "--run", Renders.RunId, "--kubeconfig", kubeconfig, "-n", "ml");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(server.Requests, r => Assert.Contains("/namespaces/ml/", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HousePrices_RendersTraining()
    {
        // As the sample's README has it: no image option, so the one its container build makes by default.
        var result = await ProgramRun.RunAsync(ProgramRun.HousePrices, null, "k8s", "render", "Training", "--param", "trees=50");

        Assert.True(result.ExitCode == 0, result.ToString());
        var documents = result.Output.Split("---\n");
        // Five step Jobs, and the Job that records the run once they end.
        Assert.Equal(["ServiceAccount", "Role", "RoleBinding", "PersistentVolumeClaim", "ConfigMap", "Job", "Job", "Job", "Job", "Job", "Job"],
            documents.Select(d => d.Split('\n').Single(l => l.StartsWith("kind: ", StringComparison.Ordinal))["kind: ".Length..]));
        Assert.Contains("  \"trees\": \"50\"\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("            - \"Fit\"\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("          image: \"houseprices:latest\"\n", result.Output, StringComparison.Ordinal);
    }
}
