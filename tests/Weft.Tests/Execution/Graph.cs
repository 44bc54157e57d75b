namespace Weft.Tests.Execution;

/// <summary>Builds definitions by hand, the way generated code does, with lambdas as invokers.</summary>
internal static class Graph
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static StepInput From(string input, string node, string output = StepOutput.DefaultName)
        => new(input, "object", new ArtifactBinding(node, output));

    public static StepInput Param(string input, string parameter) => new(input, "object", new ParameterBinding(parameter));

    public static StepInput Const(string input, object? value) => new(input, "object", new ConstantBinding(value, value?.ToString() ?? "null"));

    public static PipelineParameter Parameter(string name, string typeName, bool hasDefault = false, object? defaultValue = null)
        => new(name, typeName, hasDefault, defaultValue, TestValueSerializer.Instance, static text => text);

    public static PipelineParameter Parameter(string name, string typeName, IArtifactSerializer serializer)
        => new(name, typeName, false, null, serializer, static text => text);

    /// <summary>A node with full control over what enters its cache key.</summary>
    public static StepNode Keyed(string name, Func<object?[], object?> body, string fingerprint = "v1", StepPolicy? policy = null,
        IArtifactSerializer? serializer = null, params StepInput[] inputs)
        => new(name, name, "Tests." + name, inputs, [new StepOutput(StepOutput.DefaultName, "object", serializer ?? TestValueSerializer.Instance)],
            new StepInvoker((args, _) => ValueTask.FromResult<object?[]>([body(args)])), fingerprint, policy);

    /// <summary>A node with one output <c>value</c>, computed synchronously from its arguments.</summary>
    public static StepNode Node(string name, Func<object?[], object?> body, params StepInput[] inputs)
        => AsyncNode(name, (args, _) => ValueTask.FromResult<object?[]>([body(args)]), inputs);

    /// <summary>A node with one output <c>value</c>, computed by an async body.</summary>
    public static StepNode AsyncNode(string name, Func<object?[], CancellationToken, ValueTask<object?[]>> body, params StepInput[] inputs)
        => Custom(name, [StepOutput.DefaultName], body, null, inputs);

    public static StepNode Custom(string name, string[] outputs, Func<object?[], CancellationToken, ValueTask<object?[]>> body, StepPolicy? policy,
        params StepInput[] inputs)
        => new(name, name, "Tests." + name, inputs, [.. outputs.Select(o => new StepOutput(o, "object", TestValueSerializer.Instance))],
            new StepInvoker(body), "fingerprint-" + name, policy);

    public static PipelineDefinition Pipeline(params StepNode[] nodes) => Pipeline([], nodes);

    public static PipelineDefinition Pipeline(PipelineParameter[] parameters, params StepNode[] nodes)
        => new("Test", "Tests.TestPipeline", parameters, nodes);

    /// <summary>Runs with the default (recording) orchestrator in a fresh store, unless <paramref name="options"/> names one.</summary>
    public static Task<PipelineRun> Run(PipelineDefinition definition, RunOptions? options = null, CancellationToken cancellationToken = default)
        => RunWith(definition, new Dictionary<string, object?>(), options, cancellationToken);

    /// <summary>Runs with arguments, in a fresh store unless <paramref name="options"/> names one.</summary>
    public static Task<PipelineRun> RunWith(PipelineDefinition definition, Dictionary<string, object?> arguments, RunOptions? options = null,
        CancellationToken cancellationToken = default)
        => PipelineRunner.RunAsync(definition, arguments, InFreshStore(options), cancellationToken);

    /// <summary>Runs with no retry backoff, so retry tests stay fast.</summary>
    public static Task<PipelineRun> RunWithoutBackoff(PipelineDefinition definition, RunOptions? options = null, CancellationToken cancellationToken = default)
        => new InProcessExecutor(TimeSpan.Zero).ExecuteAsync(new ExecutionRequest(definition, new Dictionary<string, object?>(), InFreshStore(options)), cancellationToken);

    /// <summary>The options with a new store folder, unless they name one.</summary>
    public static RunOptions InFreshStore(RunOptions? options)
    {
        options ??= new RunOptions();
        return options.StorePath is null ? options with { StorePath = TestStores.NewPath() } : options;
    }

    public static TaskCompletionSource Signal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
