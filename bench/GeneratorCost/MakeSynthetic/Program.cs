using System.Globalization;
using MakeSynthetic;

// Writes the synthetic project the generator-cost benchmark builds: N Weft pipelines of 10 steps with their own artifact
// records, and the same number of record shapes registered in System.Text.Json source-generation contexts.
var options = SyntheticOptions.Parse(args);
var writer = new ProjectWriter(options);
writer.Write();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Synthetic project: {options.Pipelines} pipelines x {PipelineSource.StepsPerPipeline} steps, " +
    $"{options.Pipelines * PipelineSource.TypesPerPipeline} Weft artifact types, " +
    $"{options.Pipelines * JsonSource.TypesPerPipeline} STJ types in {writer.ContextCount} contexts -> {options.OutputDirectory}"));
