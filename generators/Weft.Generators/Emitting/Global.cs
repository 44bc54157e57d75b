namespace Weft.Generators.Emitting;

/// <summary>Fully qualified names used by emitted code, kept in one place.</summary>
internal static class Global
{
    public const string PipelineDefinition = "global::Weft.PipelineDefinition";
    public const string PipelineParameter = "global::Weft.PipelineParameter";
    public const string StepNode = "global::Weft.StepNode";
    public const string StepInput = "global::Weft.StepInput";
    public const string StepOutput = "global::Weft.StepOutput";
    public const string StepPolicy = "global::Weft.StepPolicy";
    public const string ResourceRequest = "global::Weft.ResourceRequest";
    public const string ArtifactBinding = "global::Weft.ArtifactBinding";
    public const string ParameterBinding = "global::Weft.ParameterBinding";
    public const string ConstantBinding = "global::Weft.ConstantBinding";
    public const string PipelineRun = "global::Weft.PipelineRun";
    public const string PipelineRunner = "global::Weft.PipelineRunner";
    public const string PipelineCatalog = "global::Weft.PipelineCatalog";
    public const string RunOptions = "global::Weft.RunOptions";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string ValueTask = "global::System.Threading.Tasks.ValueTask";
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCodeAttribute";
    public const string ModuleInitializer = "global::System.Runtime.CompilerServices.ModuleInitializerAttribute";
    public const string ObjectArray = "object?[]";
    public const string TimeSpan = "global::System.TimeSpan";
}
