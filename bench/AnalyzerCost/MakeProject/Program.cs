using System.Globalization;
using MakeProject;

// Writes the project the analyzer-cost benchmark builds: pipelines of steps with realistic bodies that call helper chains,
// a few reproducibility violations, and code no step reaches.
var options = Options.Parse(args);
var violations = new ProjectWriter(options).Write();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Analyzed project: {options.Pipelines} pipelines x {options.StepsPerPipeline} steps = {options.Pipelines * options.StepsPerPipeline} steps, " +
    $"{violations} seeded violations -> {options.OutputDirectory}"));
